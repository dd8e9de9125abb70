package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.statement.Timestamp;
import org.junit.jupiter.api.Test;

/**
 * The browser build compiles runtime-web/jdk's {@code StringBuilder}, which appends to a JS string, in the place of
 * TeaVM's: every {@code "a" + b} and builder of the runtime goes through it. The text it builds (a statement's id, its
 * timestamp with zeros in front of its fields, responses joined from items) must reach the page and the LRS as the
 * core builds it on the JVM.
 */
class TextBuiltInTheBrowserTest {
    private static final Pattern UUID_V4 = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    @Test
    void idsTimestampsAndResponsesAreBuiltAsOnTheJvm() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "pw"));
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil("window.courseRuntime && courseRuntime.status().confirmed > 0", 20_000);
            assertEquals("answered[,]passed", learner.js("courseRuntime.answer('q-verbs', ['answered', 'passed']).response"));
            assertEquals("s200[.]done[,]s401[.]credentials",
                    learner.js("courseRuntime.answer('q-status', [['s200', 'done'], ['s401', 'credentials']]).response"));
            learner.waitUntil("courseRuntime.status().state === 'saved'", 20_000);

            List<Map<String, Object>> statements = lrs.statements();
            assertEquals(statements.size(), statements.stream().map(statement -> statement.get("id")).distinct().count());
            statements.forEach(statement -> assertTrue(UUID_V4.matcher((String) statement.get("id")).matches(),
                    "a version 4 UUID: " + statement.get("id")));
            List<Map<String, Object>> answered = statements.stream()
                    .filter(statement -> statement.get("result") instanceof Map<?, ?> result && result.get("response") != null)
                    .toList();
            assertEquals(Set.of("answered[,]passed", "s200[.]done[,]s401[.]credentials"),
                    answered.stream().map(statement -> ((Map<?, ?>) statement.get("result")).get("response")).collect(Collectors.toSet()));
            statements.forEach(statement -> {
                String timestamp = (String) statement.get("timestamp");
                assertEquals(Timestamp.format(Instant.parse(timestamp).toEpochMilli()), timestamp,
                        "each field with its zeros in front, as the JVM writes it");
            });
        }
    }
}
