package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.demo.support.Cmi5Lms;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.junit.jupiter.api.Test;

/**
 * A cmi5 LMS launches the demo course as an Assignable Unit: the course sets up the session with the LMS, sends
 * what cmi5 asks in the order it asks, and takes the learner back to the LMS at the end. The LMS stand-in checks
 * every statement against the cmi5 rules.
 */
class Cmi5LaunchTest {
    /** Baked-in settings that point nowhere: under cmi5 everything must go where the LMS says. */
    private static final String NOWHERE = PublishedCourse.settings("http://127.0.0.1:9/xAPI/", "nobody", "nothing");
    private static final String READY = "window.courseRuntime && courseRuntime.cmi5() && courseRuntime.status().state === 'saved'";

    private static List<String> defined(Cmi5Lms lms) {
        List<String> verbs = new ArrayList<>();
        List<String> all = lms.verbs();
        for (int i = 0; i < all.size(); i++) {
            Object category = ((Map<?, ?>) ((Map<?, ?>) lms.statements().get(i).get("context")).get("contextActivities")).get("category");
            if (String.valueOf(category).contains("categories/cmi5")) {
                verbs.add(all.get(i));
            }
        }
        return verbs;
    }

    @Test
    void aWholeAttemptRunsFromInitializedToTerminatedAndEndsBackInTheLms() throws Exception {
        try (Cmi5Lms lms = new Cmi5Lms();
             PublishedCourse course = PublishedCourse.withSettings(NOWHERE);
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(lms.launchUrl(course.url() + "index.html", "Normal", 0.75));
            learner.waitUntil(READY, 20_000);
            DemoCoursePlayer.answerEverythingRight(learner);
            learner.click("#finish");
            assertEquals("Passed", learner.eval("document.querySelector(\"dd[data-row='result']\").textContent"));
            learner.waitUntil("courseRuntime.status().state === 'saved'", 20_000);
            learner.click("#exit");
            learner.waitUntil("document.getElementById('lms')", 20_000);

            assertEquals(List.of(), lms.violations());
            assertEquals(List.of("initialized", "completed", "passed", "terminated"), defined(lms));
            List<String> verbs = lms.verbs();
            assertEquals("initialized", verbs.get(0));
            assertEquals("terminated", verbs.get(verbs.size() - 1));
            assertEquals(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS - 1 + 4, verbs.size(),
                    "the attempt's statements but passed, then initialized, completed, passed and terminated");
            Map<?, ?> passed = lms.statements().get(verbs.indexOf("passed"));
            assertEquals(0.75, ((Map<?, ?>) ((Map<?, ?>) passed.get("context")).get("extensions"))
                    .get("https://w3id.org/xapi/cmi5/context/extensions/masteryscore"));
            assertEquals(List.of(), learner.scriptErrors);
        }
    }

    /**
     * A learner fails, retakes and passes in one session, where cmi5 allows one of passed or failed: the next session's
     * results page, which shows the finished attempt, reports the pass the LMS is owed.
     */
    @Test
    void aPassTheFirstSessionCouldNotReportReachesTheLmsWhenTheNextSessionShowsTheResult() throws Exception {
        try (Cmi5Lms lms = new Cmi5Lms();
             PublishedCourse course = PublishedCourse.withSettings(NOWHERE);
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(lms.launchUrl(course.url() + "index.html", "Normal", null));
            learner.waitUntil(READY, 20_000);
            learner.click("#toc li:last-child button");
            learner.click("#finish");
            learner.click("#finish-anyway");
            learner.click("#retake");
            DemoCoursePlayer.answerEverythingRight(learner);
            learner.click("#finish");
            assertEquals("Passed", learner.eval("document.querySelector(\"dd[data-row='result']\").textContent"));
            learner.waitUntil("courseRuntime.status().state === 'saved'", 20_000);
            learner.click("#exit");
            learner.waitUntil("document.getElementById('lms')", 20_000);
            assertEquals(List.of("initialized", "failed", "completed", "terminated"), defined(lms), "one of passed or failed per session");

            learner.open(lms.launchUrl(course.url() + "index.html", "Normal", null));
            learner.waitUntil(READY, 20_000);
            learner.click("#toc li:last-child button");
            learner.waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().confirmed > 1", 20_000);

            assertEquals("Passed", learner.eval("document.querySelector(\"dd[data-row='result']\").textContent"));
            assertEquals(List.of("initialized", "failed", "completed", "terminated", "initialized", "passed"), defined(lms));
            assertEquals(List.of(), lms.violations());
        }
    }

    @Test
    void aReloadInTheMiddleKeepsTheSessionAndSendsNothingTwice() throws Exception {
        try (Cmi5Lms lms = new Cmi5Lms();
             PublishedCourse course = PublishedCourse.withSettings(NOWHERE);
             LearnerBrowser learner = new LearnerBrowser()) {
            String launch = lms.launchUrl(course.url() + "index.html", "Normal", null);
            learner.open(launch);
            learner.waitUntil(READY, 20_000);
            learner.click("#next"); // the second content page
            learner.waitUntil(READY + " && courseRuntime.status().confirmed === 6", 20_000);

            learner.open(launch);
            learner.waitUntil(READY, 20_000);
            learner.click("#next");
            learner.click("#next"); // a question page: nothing until answered
            learner.waitUntil(READY, 20_000);

            assertEquals(1, lms.fetches().size(), "the token is fetched once, the reload reuses it");
            assertEquals(List.of("initialized", "started", "experienced", "progressed", "experienced", "progressed"),
                    lms.verbs(), "no second initialized or started, the welcome page not experienced twice");
            assertEquals(List.of(), lms.violations());
        }
    }

    @Test
    void inBrowseModeTheCourseSaysSoAndNothingIsJudged() throws Exception {
        try (Cmi5Lms lms = new Cmi5Lms();
             PublishedCourse course = PublishedCourse.withSettings(NOWHERE);
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(lms.launchUrl(course.url() + "index.html", "Browse", null));
            learner.waitUntil(READY, 20_000);
            assertEquals("Browse mode: look around freely, no result is recorded.", learner.visibleText("launch-mode"));
            DemoCoursePlayer.answerEverythingRight(learner);
            learner.click("#finish");
            learner.click("#exit");
            learner.waitUntil("document.getElementById('lms')", 20_000);

            assertEquals(List.of("initialized", "terminated"), defined(lms));
            assertTrue(lms.verbs().contains("answered"), "the learner's answers are still reported");
            assertEquals(List.of(), lms.violations());
        }
    }
}
