package org.courseruntime.demo.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

/** A learner going through the demo course by clicking, as the end-to-end tests need it. */
public final class DemoCoursePlayer {
    /** Statements of a finished attempt answered all right: the 28 of {@link #answerEverythingRight} and passed. */
    public static final int FULL_ATTEMPT_STATEMENTS = 29;

    private DemoCoursePlayer() {
    }

    /**
     * Goes through every page of the demo course, answering every question right, and stops on the results page
     * without finishing: 28 statements (started, 3 experienced, 13 progressed, 10 answered, mastered).
     */
    public static void answerEverythingRight(CourseUi learner) throws Exception {
        answerEverything(learner, true);
    }

    /**
     * Goes through every page like {@link #answerEverythingRight}, but answers six of the eight scored questions
     * wrong (2 of 8 right, far below the cmi5.xml masteryScore of 0.7), and stops on the results page.
     */
    public static void answerBelowTheMasteryScore(CourseUi learner) throws Exception {
        answerEverything(learner, false);
    }

    /** Every page; {@code right}: every answer right, else all but q-status and q-request wrong. */
    private static void answerEverything(CourseUi learner, boolean right) throws Exception {
        String judged = right ? "Correct." : "Not quite.";
        learner.click("#next"); // welcome -> anatomy
        learner.click("#next"); // -> q-actor
        learner.click("form[data-question='q-actor'] input[value='" + right + "']");
        submit(learner, "q-actor", judged);
        learner.click("#next");
        for (String verb : right ? List.of("answered", "passed", "experienced") : List.of("clicked")) {
            learner.click("form[data-question='q-verbs'] input[value='" + verb + "']");
        }
        submit(learner, "q-verbs", judged);
        learner.click("#next");
        learner.type("form[data-question='q-zone'] input", right ? "utc" : "GMT");
        submit(learner, "q-zone", judged);
        learner.click("#next");
        learner.type("form[data-question='q-registration'] textarea", right
                ? "Every statement of one attempt[,] from started to passed — für alle Lernenden." : "No idea.");
        submit(learner, "q-registration", "Thank you, your answer is recorded.");
        learner.click("#next"); // -> lrs (content)
        learner.click("#next");
        learner.choose("select[name='q-status:s200']", "done");
        learner.choose("select[name='q-status:s401']", "credentials");
        learner.choose("select[name='q-status:s503']", "retry");
        submit(learner, "q-status", "Correct.");
        learner.click("#next");
        // Shown in reverse (store, send, build, act): move "act" to the top, then "build", then "send"; or leave it.
        for (String[] move : right ? new String[][] {{"act", "3"}, {"build", "2"}, {"send", "1"}} : new String[0][]) {
            for (int i = 0; i < Integer.parseInt(move[1]); i++) {
                learner.click("li[data-id='" + move[0] + "'] button[data-move='up']");
            }
        }
        submit(learner, "q-path", judged);
        learner.click("#next");
        learner.type("input[name='q-request:scheme']", "HTTPS");
        learner.type("input[name='q-request:method']", "post");
        submit(learner, "q-request", "Correct.");
        learner.click("#next");
        learner.type("form[data-question='q-scaled'] input", right ? "1" : "100");
        submit(learner, "q-scaled", judged);
        learner.click("#next");
        learner.type("form[data-question='q-verb-viewed'] input", right ? "Experienced" : "viewed");
        submit(learner, "q-verb-viewed", judged);
        learner.click("#next");
        learner.click("form[data-question='q-confidence'] input[value='" + (right ? "very" : "not") + "']");
        submit(learner, "q-confidence", "Thank you, your answer is recorded.");
        learner.click("#next");
    }

    public static void submit(CourseUi learner, String question, String expectedFeedback) throws Exception {
        learner.click("form[data-question='" + question + "'] button[type='submit']");
        assertEquals(expectedFeedback, learner.eval("document.querySelector(\"form[data-question='" + question
                + "'] .feedback\").textContent"), question);
    }
}
