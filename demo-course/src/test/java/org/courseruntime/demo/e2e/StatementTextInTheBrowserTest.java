package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.json.JsonWriter;
import org.junit.jupiter.api.Test;

/**
 * The browser build writes statements with its own JSON writer (the browser's strings and numbers in place of the
 * core's char arrays): the LRS must receive the text the core writes on the JVM, numbers on a rounding edge and text
 * with quotes or unpaired surrogates included.
 */
class StatementTextInTheBrowserTest {
    @Test
    void responsesReachTheLrsAsTheCoreWritesThem() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "pw"));
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil("window.courseRuntime && courseRuntime.status().confirmed > 0", 20_000);
            learner.js("courseRuntime.answer('q-scaled', 1.0000015);"
                    + " courseRuntime.answer('q-registration', 'a\\ud800b \"quoted\" \\\\ \\udc00');");
            learner.waitUntil("courseRuntime.status().state === 'saved'", 20_000);

            assertEquals(Set.of(JsonWriter.number(1.0000015), "a\uFFFDb \"quoted\" \\ \uFFFD"), responses(lrs),
                    "1.000001, as the JVM writes it; unpaired surrogates as U+FFFD, as a request body carries them");
        }
    }

    private static Set<Object> responses(PreviewLrs lrs) {
        return lrs.statements().stream().map(statement -> (Map<?, ?>) statement.get("result"))
                .filter(result -> result != null && result.get("response") != null)
                .map(result -> (Object) result.get("response")).collect(Collectors.toSet());
    }
}
