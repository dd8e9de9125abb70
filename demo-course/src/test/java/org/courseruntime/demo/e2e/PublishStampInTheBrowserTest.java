package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.junit.jupiter.api.Test;

/**
 * The learner's browser takes a published course as the publisher checked it, and checks with course-check.js only
 * what the publisher's stamp does not vouch for: a file edited afterwards, or a course stamped in another format.
 */
class PublishStampInTheBrowserTest {
    private static final String CHECKED_IN_THE_BROWSER = ". course.json and publish-settings.json are checked in the"
            + " browser (course-check.js) before the course opens.";

    private static boolean loadedTheChecker(LearnerBrowser browser) {
        return browser.requested.stream().anyMatch(url -> url.endsWith("/course-check.js"));
    }

    /** Opens the course and waits for its "started" statement at the LRS. */
    private static void openAndStart(LearnerBrowser browser, PublishedCourse course, PreviewLrs lrs) throws Exception {
        browser.open(course.url());
        browser.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'"
                + " && courseRuntime.status().confirmed >= 1", 20_000);
        assertTrue(lrs.statements().toString().contains("/verbs/attempted"), lrs.statements().toString());
        assertEquals(List.of(), browser.consoleErrors);
        assertEquals(List.of(), browser.scriptErrors);
    }

    @Test
    void aPublishedCourseOpensWithoutLoadingTheChecker() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "secret"));
             LearnerBrowser browser = new LearnerBrowser()) {
            openAndStart(browser, course, lrs);

            assertTrue(browser.requested.stream().anyMatch(url -> url.endsWith("/course-runtime.js")), browser.requested.toString());
            assertEquals(false, loadedTheChecker(browser), browser.requested.toString());
            assertEquals(List.of(), browser.consoleWarnings);
        }
    }

    @Test
    void aCourseEditedAfterPublishingIsCheckedInTheBrowserAndRunsWhenItIsRight() throws Exception {
        String course = Files.readString(PublishedCourse.EXPORTED.resolve("course.json"));
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse published = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "secret"))
                     .withFile("course.json", course.replace("Tracking learning with xAPI in ten minutes", "xAPI, edited by hand"));
             LearnerBrowser browser = new LearnerBrowser()) {
            openAndStart(browser, published, lrs);

            assertTrue(loadedTheChecker(browser), browser.requested.toString());
            assertEquals(List.of("[course-runtime] course.json is not what the publisher checked (changed after publishing?)"
                    + CHECKED_IN_THE_BROWSER), browser.consoleWarnings);
            assertTrue(lrs.statements().toString().contains("xAPI, edited by hand"), lrs.statements().toString());
        }
    }

    @Test
    void aCourseEditedIntoAMistakeIsNamedByTheChecker() throws Exception {
        String course = Files.readString(PublishedCourse.EXPORTED.resolve("course.json"));
        String correct = "\"correct\": [\"answered\", \"passed\", \"experienced\"]";
        assertTrue(course.contains(correct), "the demo course's choice question q-verbs");
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse published = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "secret"))
                     .withFile("course.json", course.replace(correct, "\"correct\": [\"answered\", \"passes\", \"experienced\"]"));
             LearnerBrowser browser = new LearnerBrowser()) {
            browser.open(published.url());
            browser.waitUntil("window.courseRuntime && courseRuntime.status().state === 'misconfigured'", 10_000);

            assertTrue(loadedTheChecker(browser));
            assertTrue(browser.consoleErrors.get(0).contains("Invalid course definition: sections[0].pages[3].correct:"
                    + " \"passes\" is not a choice id"), browser.consoleErrors.toString());
            browser.idle(1_000);
            assertEquals(List.of(), lrs.statements());
        }
    }

    @Test
    void aCourseStampedInAnotherFormatSaysToRepublishAndIsCheckedInTheBrowser() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse published = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "secret"))) {
            String page = Files.readString(published.folder().resolve("index.html"));
            published.withFile("index.html", page.replaceFirst("content=\"1 ", "content=\"0 "));
            try (LearnerBrowser browser = new LearnerBrowser()) {
                openAndStart(browser, published, lrs);

                assertTrue(loadedTheChecker(browser));
                assertEquals(List.of("[course-runtime] the course's publisher stamp is of format \"0\", which this runtime"
                        + " does not read (it reads format 1): republish the course with this runtime's publisher"
                        + CHECKED_IN_THE_BROWSER), browser.consoleWarnings);
            }
        }
    }

    @Test
    void aCheckerThatCannotBeLoadedIsNamedAndNothingIsSent() throws Exception {
        String course = Files.readString(PublishedCourse.EXPORTED.resolve("course.json"));
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse published = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "secret"))
                     .withFile("course.json", course.replace("ten minutes", "10 minutes"))) {
            Files.delete(published.folder().resolve("course-check.js"));
            try (LearnerBrowser browser = new LearnerBrowser()) {
                browser.open(published.url());
                browser.waitUntil("window.courseRuntime && courseRuntime.status().state === 'misconfigured'", 10_000);

                assertEquals("Your results cannot be recorded. The course's files could not be checked: " + published.url()
                        + "course-check.js could not be loaded. Please tell the course author.", browser.js("courseRuntime.status().problem"));
                browser.idle(1_000);
                assertEquals(List.of(), lrs.statements());
            }
        }
    }

    /** A page where even the checker's address cannot be made: launch still returns, and the problem is named. */
    @Test
    void aCheckerWhoseAddressCannotBeMadeIsNamedAndLaunchDoesNotThrow() throws Exception {
        String course = Files.readString(PublishedCourse.EXPORTED.resolve("course.json"));
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse published = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "secret"))
                     .withFile("course.json", course.replace("ten minutes", "10 minutes"))) {
            String page = Files.readString(published.folder().resolve("index.html"));
            published.withFile("index.html", page.replaceFirst("<script ", "<script>URL = function () { throw new Error('no URL here'); };</script><script "));
            try (LearnerBrowser browser = new LearnerBrowser()) {
                browser.open(published.url());
                browser.waitUntil("window.courseRuntime && courseRuntime.status().state === 'misconfigured'", 10_000);

                assertEquals("Your results cannot be recorded. The course's files could not be checked: course-check.js"
                        + " could not be loaded: no URL here. Please tell the course author.", browser.js("courseRuntime.status().problem"));
                assertEquals(List.of(), browser.scriptErrors);
            }
        }
    }
}
