package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.demo.support.XapiValidation;
import org.courseruntime.json.JsonReader;
import org.junit.jupiter.api.Test;

/** The whole path: the demo course in a browser, the compiled runtime, a real LRS (Learning Locker) cross-origin. */
class StatementsReachLearningLockerTest {
    private static final long SEND_TIMEOUT_MILLIS = 20_000;

    @Test
    void theStartedStatementLandsInLearningLockerExactlyAsTheRuntimeBuiltIt() throws Exception {
        LearningLocker lrs = LearningLocker.shared();
        try (PublishedCourse course = PublishedCourse.withSettings(
                PublishedCourse.settings(lrs.endpoint(), LearningLocker.LOGIN, LearningLocker.PASSWORD));
             LearnerBrowser browser = new LearnerBrowser()) {
            browser.open(course.url());
            browser.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'"
                    + " && courseRuntime.status().confirmed === 1", SEND_TIMEOUT_MILLIS);

            List<?> sent = (List<?>) JsonReader.parse((String) browser.js("JSON.stringify(courseRuntime.confirmedStatements())"));
            Map<?, ?> started = (Map<?, ?>) sent.get(0);
            assertEquals("http://adlnet.gov/expapi/verbs/attempted", ((Map<?, ?>) started.get("verb")).get("id"));
            assertEquals("https://courses.example.com/xapi-in-ten-minutes", ((Map<?, ?>) started.get("object")).get("id"));
            for (Object statement : sent) {
                Map<?, ?> built = (Map<?, ?>) statement;
                Map<?, ?> stored = lrs.statement((String) built.get("id"));
                for (Object key : built.keySet()) {
                    assertEquals(built.get(key), stored.get(key), "statement." + key + " as stored by Learning Locker");
                }
            }
            assertEquals("", XapiValidation.problems(sent));
            assertEquals("All progress saved", browser.visibleText("tracking-status"));
            assertEquals(null, browser.visibleText("tracking-problem"));
            assertEquals(List.of(), browser.scriptErrors);
            assertEquals(List.of(), browser.consoleErrors);
        }
    }

    @Test
    void aWrongLapPasswordIsAnAuthenticationProblemThatNamesNoCredentials() throws Exception {
        LearningLocker lrs = LearningLocker.shared();
        String wrongPassword = "Wr0ng-Passw0rd";
        try (PublishedCourse course = PublishedCourse.withSettings(
                PublishedCourse.settings(lrs.endpoint(), LearningLocker.LOGIN, wrongPassword));
             LearnerBrowser browser = new LearnerBrowser()) {
            browser.open(course.url());
            browser.waitUntil("window.courseRuntime && courseRuntime.status().state === 'auth-refused'", SEND_TIMEOUT_MILLIS);

            String shown = browser.visibleText("tracking-problem");
            assertTrue(shown.startsWith("Authentication problem: the LRS refused the course's LAP login and password (HTTP 401)."),
                    shown);
            assertEquals("The LRS refused the course's password: progress is kept, not sent (1 waiting)",
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
