package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.lrs.Credentials;
import org.junit.jupiter.api.Test;

/** What the README's run command shows: opening the course puts a "started" statement on the preview LRS's page. */
class DemoCourseInPreviewLrsTest {
    @Test
    void openingTheCourseShowsItsStartedStatementOnThePreviewLrsPage() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, new Credentials("demo-lap", "demo-password").authorizationHeader(), null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "demo-lap", "demo-password"));
             LearnerBrowser browser = new LearnerBrowser()) {
            browser.open(course.url());
            assertEquals("Tracking learning with xAPI in ten minutes", browser.visibleText("course-title"));
            browser.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'"
                    + " && courseRuntime.status().confirmed === 3", 20_000);

            browser.open(lrs.viewerUrl());
            browser.waitUntil("document.querySelectorAll('#statements tr.statement').length === 3", 10_000);
            String rows = browser.visibleText("statements");
            assertTrue(rows.contains("started"), rows);
            assertTrue(rows.contains("Tracking learning with xAPI in ten minutes"), rows);
            assertEquals("3 statement(s) received. This page updates by itself.", browser.visibleText("count"));
            assertEquals(List.of(), browser.scriptErrors);
        }
    }
}
