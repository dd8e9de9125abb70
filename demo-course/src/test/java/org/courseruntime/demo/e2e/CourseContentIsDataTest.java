package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.junit.jupiter.api.Test;

/** Titles, prompts and answers with markup in them are course data: shown as text, never run. */
class CourseContentIsDataTest {
    private static final String HOSTILE = "<img src=x onerror=window.hacked=1>";

    @Test
    void markupInTitlesPromptsAndChoicesIsShownAsText() throws Exception {
        String course = Files.readString(Path.of("src/main/course/course.json"))
                .replace("\"The actor\"", "\"" + HOSTILE.replace("\"", "\\\"") + " actor\"")
                .replace("\"Every xAPI statement must name an actor.\"", "\"<script>window.hacked=2</script> name an actor?\"")
                .replace("{\"id\": \"clicked\", \"text\": \"clicked\"}", "{\"id\": \"clicked\", \"text\": \"<b onmouseover=window.hacked=3>clicked</b>\"}");
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse published = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "pw"))
                     .withFile("course.json", course);
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(published.url());
            learner.waitUntil("window.courseRuntime", 10_000);
            learner.click("#next");
            learner.click("#next"); // the true-false question
            assertEquals(HOSTILE + " actor", learner.visibleText("page-title"));
            assertTrue(learner.visibleText("page-body").startsWith("<script>window.hacked=2</script> name an actor?"),
                    learner.visibleText("page-body"));
            learner.click("#next");
            assertTrue(learner.visibleText("page-body").contains("<b onmouseover=window.hacked=3>clicked</b>"));

            assertEquals(0.0, ((Number) learner.js("document.querySelectorAll('main img, main script, main b').length")).doubleValue());
            assertEquals(true, learner.js("window.hacked === undefined"));
            assertTrue(learner.visibleText("toc").contains(HOSTILE + " actor"));
            assertEquals(List.of(), learner.scriptErrors);
        }
    }
}
