package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.courseruntime.tools.preview.StatementValidator;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.demo.support.XapiValidation;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonWriter;
import org.junit.jupiter.api.Test;

/**
 * A learner plays the whole demo course by clicking, then retakes it and gives up: every statement kind and every
 * interaction type reaches Learning Locker cross-origin exactly as the runtime built it.
 */
class FullAttemptInLearningLockerTest {
    /**
     * First attempt: started, experienced 3 and progressed 13 (3 pages, 10 questions), answered 10, mastered, passed.
     * Retake: started, experienced and progressed for the welcome page it opens on, failed.
     */
    private static final int STATEMENTS = 33;

    @Test
    void everyStatementOfAFullAttemptAndARetakeLandsInLearningLockerAsBuilt() throws Exception {
        LearningLocker lrs = LearningLocker.shared();
        try (PublishedCourse course = PublishedCourse.withSettings(
                PublishedCourse.settings(lrs.endpoint(), LearningLocker.LOGIN, LearningLocker.PASSWORD));
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil("window.courseRuntime", 10_000);
            DemoCoursePlayer.answerEverythingRight(learner);
            learner.click("#finish");
            learner.waitUntil("document.querySelector(\"dd[data-row='result']\")", 10_000); // once the course is open
            assertEquals("Passed", learner.visibleText("outcome").lines().skip(1).findFirst().orElseThrow());
            learner.click("#retake");
            learner.click("#toc li:last-child button");
            learner.click("#finish");
            learner.click("#finish-anyway"); // the retake finished at once, confirmed
            learner.waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().confirmed === "
                    + STATEMENTS, 30_000);

            List<?> sent = (List<?>) JsonReader.parse((String) learner.js("JSON.stringify(courseRuntime.confirmedStatements())"));
            Set<String> verbs = new TreeSet<>();
            Set<String> interactionTypes = new TreeSet<>();
            for (Object item : sent) {
                Map<?, ?> built = (Map<?, ?>) item;
                Map<?, ?> stored = lrs.statement((String) built.get("id"));
                for (Object key : built.keySet()) {
                    assertEquals(built.get(key), stored.get(key), "statement." + key + " as Learning Locker stored it");
                }
                assertEquals(List.of(), StatementValidator.validate(built));
                verbs.add((String) ((Map<?, ?>) ((Map<?, ?>) built.get("verb")).get("display")).get("en-US"));
                if (((Map<?, ?>) built.get("object")).get("definition") instanceof Map<?, ?> definition
                        && definition.get("interactionType") != null) {
                    interactionTypes.add((String) definition.get("interactionType"));
                }
            }
            assertEquals(STATEMENTS, sent.size());
            assertEquals(new TreeSet<>(List.of("started", "progressed", "experienced", "answered", "mastered", "passed",
                    "failed")), verbs);
            assertEquals(new TreeSet<>(List.of("true-false", "choice", "fill-in", "long-fill-in", "matching",
                    "performance", "sequencing", "likert", "numeric", "other")), interactionTypes);
            assertEquals("", XapiValidation.problems(sent));
            assertEquals(List.of(), learner.scriptErrors);
            assertEquals(List.of(), learner.consoleErrors);
            Files.writeString(Path.of("target/statements-of-a-full-attempt.json"), JsonWriter.write(sent));
        }
    }
}
