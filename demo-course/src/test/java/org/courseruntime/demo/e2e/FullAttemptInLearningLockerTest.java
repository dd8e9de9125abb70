package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.courseruntime.demo.lrs.StatementValidator;
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
            playTheWholeCourse(learner);
            assertEquals("Passed", learner.visibleText("outcome").lines().skip(1).findFirst().orElseThrow());
            learner.click("#retake");
            learner.click("#toc li:last-child button");
            learner.click("#finish");
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

    private static void playTheWholeCourse(LearnerBrowser learner) throws Exception {
        learner.click("#next"); // welcome -> anatomy
        learner.click("#next"); // -> q-actor
        learner.click("form[data-question='q-actor'] input[value='true']");
        submit(learner, "q-actor", "Correct.");
        learner.click("#next");
        for (String verb : List.of("answered", "passed", "experienced")) {
            learner.click("form[data-question='q-verbs'] input[value='" + verb + "']");
        }
        submit(learner, "q-verbs", "Correct.");
        learner.click("#next");
        learner.type("form[data-question='q-zone'] input", "utc");
        submit(learner, "q-zone", "Correct.");
        learner.click("#next");
        learner.type("form[data-question='q-registration'] textarea",
                "Every statement of one attempt[,] from started to passed — für alle Lernenden.");
        submit(learner, "q-registration", "Thank you, your answer is recorded.");
        learner.click("#next"); // -> lrs (content)
        learner.click("#next");
        learner.choose("select[name='q-status:s200']", "done");
        learner.choose("select[name='q-status:s401']", "credentials");
        learner.choose("select[name='q-status:s503']", "retry");
        submit(learner, "q-status", "Correct.");
        learner.click("#next");
        // Shown in reverse (store, send, build, act): move "act" to the top, then "build", then "send".
        for (String[] move : new String[][] {{"act", "3"}, {"build", "2"}, {"send", "1"}}) {
            for (int i = 0; i < Integer.parseInt(move[1]); i++) {
                learner.click("li[data-id='" + move[0] + "'] button[data-move='up']");
            }
        }
        submit(learner, "q-path", "Correct.");
        learner.click("#next");
        learner.type("input[name='q-request:scheme']", "HTTPS");
        learner.type("input[name='q-request:method']", "post");
        submit(learner, "q-request", "Correct.");
        learner.click("#next");
        learner.type("form[data-question='q-scaled'] input", "1");
        submit(learner, "q-scaled", "Correct.");
        learner.click("#next");
        learner.type("form[data-question='q-verb-viewed'] input", "Experienced");
        submit(learner, "q-verb-viewed", "Correct.");
        learner.click("#next");
        learner.click("form[data-question='q-confidence'] input[value='very']");
        submit(learner, "q-confidence", "Thank you, your answer is recorded.");
        learner.click("#next");
        learner.click("#finish");
    }

    private static void submit(LearnerBrowser learner, String question, String expectedFeedback) throws Exception {
        learner.click("form[data-question='" + question + "'] button[type='submit']");
        assertEquals(expectedFeedback, learner.js("document.querySelector(\"form[data-question='" + question
                + "'] .feedback\").textContent"), question);
    }
}
