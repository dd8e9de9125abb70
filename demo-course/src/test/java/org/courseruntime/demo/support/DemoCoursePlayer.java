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
    }

    /**
     * Goes through every page like {@link #answerEverythingRight}, but answers six of the eight scored questions
     * wrong (2 of 8 right, far below the cmi5.xml masteryScore of 0.7), and stops on the results page.
     */
    public static void answerBelowTheMasteryScore(CourseUi learner) throws Exception {
        learner.click("#next"); // welcome -> anatomy
        learner.click("#next"); // -> q-actor
        learner.click("form[data-question='q-actor'] input[value='false']");
        submit(learner, "q-actor", "Not quite.");
        learner.click("#next");
        learner.click("form[data-question='q-verbs'] input[value='clicked']");
        submit(learner, "q-verbs", "Not quite.");
        learner.click("#next");
        learner.type("form[data-question='q-zone'] input", "GMT");
        submit(learner, "q-zone", "Not quite.");
        learner.click("#next");
        learner.type("form[data-question='q-registration'] textarea", "No idea.");
        submit(learner, "q-registration", "Thank you, your answer is recorded.");
        learner.click("#next"); // -> lrs (content)
        learner.click("#next");
        learner.choose("select[name='q-status:s200']", "done");
        learner.choose("select[name='q-status:s401']", "credentials");
        learner.choose("select[name='q-status:s503']", "retry");
        submit(learner, "q-status", "Correct.");
        learner.click("#next");
        submit(learner, "q-path", "Not quite."); // left in the reverse order it is shown in
        learner.click("#next");
        learner.type("input[name='q-request:scheme']", "HTTPS");
        learner.type("input[name='q-request:method']", "post");
        submit(learner, "q-request", "Correct.");
        learner.click("#next");
        learner.type("form[data-question='q-scaled'] input", "100");
        submit(learner, "q-scaled", "Not quite.");
        learner.click("#next");
        learner.type("form[data-question='q-verb-viewed'] input", "viewed");
        submit(learner, "q-verb-viewed", "Not quite.");
        learner.click("#next");
        learner.click("form[data-question='q-confidence'] input[value='not']");
        submit(learner, "q-confidence", "Thank you, your answer is recorded.");
        learner.click("#next");
    }

    public static void submit(CourseUi learner, String question, String expectedFeedback) throws Exception {
        learner.click("form[data-question='" + question + "'] button[type='submit']");
        assertEquals(expectedFeedback, learner.eval("document.querySelector(\"form[data-question='" + question
                + "'] .feedback\").textContent"), question);
    }
}
