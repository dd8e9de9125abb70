package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.lrs.Credentials;
import org.junit.jupiter.api.Test;

/** An LMS launches the demo course the Tin Can way: the statements go to its LRS, for its learner and registration. */
class TinCanLaunchTest {
    private static final String REGISTRATION = "760e3480-ba55-4991-94b0-01820dbd23a2";
    private static final String ACTOR = "{\"name\": [\"Zoë Ünal\"], \"mbox\": [\"mailto:zoe.tincan@example.com\"]}";

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void theLaunchParametersOverrideTheBakedInSettings() throws Exception {
        LearningLocker lrs = LearningLocker.shared();
        // Baked-in settings that point nowhere: everything must go where the launch says.
        try (PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings("http://127.0.0.1:9/xAPI/", "nobody", "nothing"));
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url() + "index.html?endpoint=" + encode(lrs.endpoint())
                    + "&auth=" + encode(new Credentials(LearningLocker.LOGIN, LearningLocker.PASSWORD).authorizationHeader())
                    + "&actor=" + encode(ACTOR) + "&registration=" + REGISTRATION
                    + "&activity_id=" + encode("https://lms.example.com/courses/xapi-basics"));
            learner.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'"
                    + " && courseRuntime.status().confirmed === 3", 20_000);

            List<Map<?, ?>> stored = lrs.statementsOf(Map.of("mbox", "mailto:zoe.tincan@example.com"));
            assertEquals(3, stored.size());
            for (Map<?, ?> statement : stored) {
                assertEquals(REGISTRATION, ((Map<?, ?>) statement.get("context")).get("registration"));
                assertEquals("Zoë Ünal", ((Map<?, ?>) statement.get("actor")).get("name"));
            }
            assertTrue(stored.stream().anyMatch(s -> "https://lms.example.com/courses/xapi-basics".equals(((Map<?, ?>) s.get("object")).get("id"))));
        }
    }

    @Test
    void aLaunchWithoutAuthIsRefusedWithAMessageNamingWhatIsMissing() throws Exception {
        try (PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings("http://127.0.0.1:9/xAPI/", "n", "n"));
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url() + "index.html?endpoint=" + encode("https://lms.example.com/lrs/") + "&actor=" + encode(ACTOR));
            learner.waitUntil("window.courseRuntime", 10_000);

            assertEquals("Your results cannot be recorded. Invalid launch parameters: auth: missing (the Authorization value"
                    + " for the LRS). Please tell the course author.", learner.problemForTheAuthor());
            assertEquals(1, learner.consoleErrors.size());
        }
    }
}
