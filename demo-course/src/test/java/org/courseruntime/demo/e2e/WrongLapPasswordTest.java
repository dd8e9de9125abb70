package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.demo.support.PublishedCourse;
import org.junit.jupiter.api.Test;

/** What the learner and the author see when the real LRS (Learning Locker) refuses the course's credentials. */
class WrongLapPasswordTest {
    private static final long SEND_TIMEOUT_MILLIS = 20_000;

    @Test
    void aWrongLapPasswordIsAnAuthenticationProblemThatNamesNoCredentials() throws Exception {
        LearningLocker lrs = LearningLocker.shared();
        String wrongPassword = "Wr0ng-Passw0rd";
        try (PublishedCourse course = PublishedCourse.withSettings(
                PublishedCourse.settings(lrs.endpoint(), LearningLocker.LOGIN, wrongPassword));
             LearnerBrowser browser = new LearnerBrowser()) {
            browser.open(course.url());
            browser.waitUntil("window.courseRuntime && courseRuntime.status().state === 'auth-refused'", SEND_TIMEOUT_MILLIS);

            String shown = browser.problemForTheAuthor();
            assertEquals("Your progress is saved on this device, but it cannot be sent yet. You can go on: nothing is"
                    + " lost. Please tell the person who gave you this course.", browser.problemForTheLearner());
            assertTrue(shown.startsWith("Authentication problem: the LRS refused the course's LAP login and password (HTTP 401)."),
                    shown);
            assertEquals("Saved on this device, not sent yet (3 waiting)",
                    browser.visibleText("tracking-status"));
            assertEquals(1, browser.consoleErrors.size(), browser.consoleErrors.toString());
            for (String text : List.of(shown, browser.consoleErrors.get(0))) {
                assertFalse(text.contains(wrongPassword), text);
                assertFalse(text.contains(LearningLocker.LOGIN), text);
                assertFalse(text.toLowerCase().contains("network"), text);
            }
            assertEquals(List.of(), browser.scriptErrors);
        }
    }
}
