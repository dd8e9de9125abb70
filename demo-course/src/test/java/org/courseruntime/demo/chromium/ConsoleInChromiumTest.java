package org.courseruntime.demo.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.FaultyFront;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.demo.support.PublishedCourse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The console is where an author looks for a real problem: a whole attempt against a real LRS writes no error there,
 * and a Retry-After is read where the LRS exposes it (a 429 that slows the course down), and only there.
 */
@Tag("chromium")
class ConsoleInChromiumTest {
    @Test
    void aWholeAttemptAgainstAnLrsThatDoesNotExposeRetryAfterWritesNoErrorToTheConsole() throws Exception {
        // Learning Locker's statement service behind a front that only adds the CORS headers its missing State API
        // would lack, and, like Learning Locker, does not expose Retry-After.
        try (FaultyFront front = new FaultyFront(LearningLocker.shared().endpoint());
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(front.endpoint(),
                     LearningLocker.LOGIN, LearningLocker.PASSWORD));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            front.hideRetryAfter();
            chromium.driver.get(course.url());
            DemoCoursePlayer.answerEverythingRight(chromium);
            chromium.click("#finish");
            chromium.waitUntil("courseRuntime.status().state === 'saved'"
                    + " && courseRuntime.status().confirmed === " + DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS, 20_000);

            assertEquals(List.of(), chromium.consoleErrors());
        }
    }

    @Test
    void aRetryAfterTheLrsExposesIsHonouredWithoutAConsoleError() throws Exception {
        try (FaultyFront front = new FaultyFront(LearningLocker.shared().endpoint());
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(front.endpoint(),
                     LearningLocker.LOGIN, LearningLocker.PASSWORD));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.get(course.url());
            chromium.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'", 20_000);
            chromium.js("window.problems = []; courseRuntime.onStatus(function (s) { problems.push(s.problem); });");
            front.failNext(new FaultyFront.Fault(429, "3")); // for the statements of the next page
            chromium.click("#next");
            chromium.waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().confirmed === 5",
                    20_000);

            assertEquals(1, front.refused());
            assertTrue((Boolean) chromium.js("return problems.some(function (p) { return /retried in 3 s/.test(p); });"),
                    "the retry waited what Retry-After said: " + chromium.js("return JSON.stringify(problems);"));
            assertEquals(List.of(), chromium.consoleErrors());
        }
    }
}
