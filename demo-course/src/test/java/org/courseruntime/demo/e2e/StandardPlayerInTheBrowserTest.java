package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.tools.preview.PreviewLrs;
import org.junit.jupiter.api.Test;

/**
 * The standard course player as a learner meets it: explanations, a question closed once its tries are used, a
 * confirmation before an early finish, the results.
 */
class StandardPlayerInTheBrowserTest {
    private static boolean sentAResult(PreviewLrs lrs) {
        return lrs.statements().toString().contains("/verbs/failed") || lrs.statements().toString().contains("/verbs/passed");
    }

    @Test
    void anEarlyFinishIsConfirmedFirstAndTheResultsSayWhichQuestionsWereMissed() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "pw"));
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'", 10_000);
            learner.click("#next");
            learner.click("#next");
            learner.click("form[data-question='q-actor'] input[value='true']");
            DemoCoursePlayer.submit(learner, "q-actor", "Correct.");
            assertEquals("A statement without an actor cannot be stored: the LRS must know whose learning it records.",
                    learner.visibleText("explanation"), "the author's explanation, with the feedback");
            assertEquals("No tries left: your latest answer counts.", learner.visibleText("tries"), "the demo course allows 1");
            assertEquals(true, learner.js("document.querySelector(\"form[data-question='q-actor'] button[type=submit]\").disabled"));
            learner.click("#next");
            learner.click("form[data-question='q-verbs'] input[value='clicked']");
            DemoCoursePlayer.submit(learner, "q-verbs", "Not quite.");

            learner.click("#toc li:last-child button");
            learner.click("#finish");
            assertEquals("9 pages are not done yet. If you finish now, they count as not done, and your result may be"
                    + " Failed.", learner.visibleText("finish-warning"));
            learner.click("#finish-back");
            assertEquals("Time zones", learner.visibleText("page-title"), "back to the first page not done");
            learner.idle(500);
            assertFalse(sentAResult(lrs), "nothing judged yet");

            learner.click("#toc li:last-child button");
            learner.click("#finish");
            learner.click("#finish-anyway");

            assertEquals("Failed", learner.js("document.querySelector('#outcome [data-row=result]').textContent"));
            List<?> verdicts = (List<?>) learner.js("JSON.parse(JSON.stringify([].map.call(document.querySelectorAll("
                    + "'#question-results li'), function (li) { return li.getAttribute('data-verdict'); })))");
            assertEquals("right", verdicts.get(0));
            assertEquals("missed", verdicts.get(1));
            assertTrue(verdicts.subList(2, verdicts.size()).stream().allMatch("not-answered"::equals), verdicts.toString());
            assertEquals("The actor: Right", ((String) learner.js("document.querySelector('#question-results li').textContent")));
            learner.waitUntil("courseRuntime.status().state === 'saved'", 10_000);
            assertTrue(sentAResult(lrs));
        }
    }
}
