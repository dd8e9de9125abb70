package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.lrs.Credentials;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A LAP login and password outside ASCII authenticate from the browser exactly as the JVM computes HTTP Basic for
 * them (UTF-8, unpaired surrogates as U+FFFD), although the browser build encodes them with the browser's own
 * {@code encodeURIComponent} and {@code btoa} in place of the core's coder.
 */
class CredentialsOutsideAsciiTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "lëhrer-läp | pässwörd 🔑 +/=%20&",
            "läp | pw\\ud800 and \\udc00 alone"})
    void theLrsAcceptsTheBrowsersBasicAuthorization(String login, String passwordInJson) throws Exception {
        String password = passwordInJson.replace("\\ud800", "\ud800").replace("\\udc00", "\udc00");
        try (PreviewLrs lrs = new PreviewLrs(0, new Credentials(login, password).authorizationHeader(), null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), login, passwordInJson));
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil("window.courseRuntime && (courseRuntime.status().confirmed > 0"
                    + " || courseRuntime.status().state === 'auth-refused')", 20_000);

            assertEquals("saved", learner.js("courseRuntime.status().state"), "refused with 401 otherwise");
            assertEquals(((Number) learner.js("courseRuntime.status().confirmed")).intValue(), lrs.statements().size());
        }
    }
}
