package org.courseruntime.tracking;

import static org.courseruntime.testing.Statements.at;
import static org.courseruntime.testing.Statements.progress;
import static org.courseruntime.testing.TrackingHarness.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.testing.Fixtures;
import org.courseruntime.testing.Statements;
import org.courseruntime.testing.TrackingHarness;
import org.junit.jupiter.api.Test;

class TrackerTest {
    private static final String ENDPOINT = "https://lrs.example.com/xapi/";

    /** One content page and five true-false questions (correct answer: true), weights as given, in section s1. */
    private static String fiveQuestions(String extraMembers, double... weights) {
        StringBuilder pages = new StringBuilder("{\"id\": \"intro\", \"type\": \"content\", \"title\": \"Intro\"}");
        for (int i = 1; i <= 5; i++) {
            pages.append(", {\"id\": \"q").append(i).append("\", \"type\": \"question\", \"title\": \"Q").append(i)
                    .append("\", \"interactionType\": \"true-false\", \"correct\": true")
                    .append(weights.length == 0 ? "" : ", \"weight\": " + weights[i - 1]).append('}');
        }
        return Fixtures.course(extraMembers, "[{\"id\": \"s1\", \"title\": \"S1\", \"pages\": [" + pages + "]}]");
    }

    private static TrackingHarness harness(String course) {
        return new TrackingHarness(course, Fixtures.allStatements(ENDPOINT));
    }

    private static void answerRight(Tracker tracker, int... questions) {
        for (int q : questions) {
            tracker.answer("q" + q, true);
        }
    }

    private static long count(List<String> verbs, String verb) {
        return verbs.stream().filter(verb::equals).count();
    }

    @Test
    void aFullAttemptSendsEveryStatementInTheOrderTheLearnerEarnedThem() {
        TrackingHarness h = harness(Fixtures.COURSE);
        Tracker tracker = h.tracker();

        tracker.start();
        tracker.viewPage("intro");
        assertEquals(List.of("started", "experienced", "progressed"), h.verbsSinceLastLook());
        for (String[] answer : Fixtures.CORRECT_ANSWERS) {
            tracker.answer(answer[0], response(answer[1]));
        }
        // 9 scored questions and a mastery score of 0.8: 7 of 9 is 0.78, the 8th right answer reaches it.
        assertEquals(List.of("answered", "progressed", "answered", "progressed", "answered", "progressed", "answered",
                "progressed", "answered", "progressed", "answered", "progressed", "answered", "progressed",
                "answered", "progressed", "mastered", "answered", "progressed"), h.verbsSinceLastLook());
        tracker.answer("q-likert", "high");
        h.env.clock.advance(90_250);
        Outcome outcome = tracker.finish();

        List<Map<?, ?>> last = h.sentSinceLastLook();
        assertEquals(List.of("answered", "progressed", "passed"), last.stream().map(Statements::verb).toList());
        assertEquals(100, ((Number) progress(last.get(1))).intValue());
        Map<?, ?> passed = last.get(2);
        assertEquals(Map.of("scaled", 1.0, "raw", 9.0, "min", 0.0, "max", 9.0), at(passed, "result.score"));
        assertEquals(true, at(passed, "result.success"));
        assertEquals(true, at(passed, "result.completion"));
        assertEquals("PT1M30.25S", at(passed, "result.duration"));
        assertTrue(outcome.passed());
        assertTrue(outcome.mastered());
        assertEquals(100, outcome.progress());
    }

    @Test
    void progressIsTheCmi5ExtensionInWholePercentNeverAScore() {
        TrackingHarness h = harness(fiveQuestions(""));
        h.tracker().viewPage("intro");
        answerRight(h.tracker(), 1, 2);

        List<Object> progress = h.sent().stream().filter(s -> "progressed".equals(Statements.verb(s)))
                .map(s -> (Object) ((Number) progress(s)).intValue()).toList();
        assertEquals(List.of(16, 33, 50), progress);
        assertTrue(h.sent().stream().filter(s -> "progressed".equals(Statements.verb(s)))
                .allMatch(s -> at(s, "result.score") == null));
        assertEquals(50, h.tracker().progress());
    }

    @Test
    void masteredIsSentOnceTheMomentTheScoreIsExactlyTheMasteryScore() {
        TrackingHarness h = harness(fiveQuestions("\"masteryScore\": 0.8"));
        answerRight(h.tracker(), 1, 2, 3);
        assertEquals(0, count(h.verbsSinceLastLook(), "mastered"));

        answerRight(h.tracker(), 4);

        List<Map<?, ?>> sent = h.sentSinceLastLook();
        Map<?, ?> mastered = sent.get(sent.size() - 1);
        assertEquals("mastered", Statements.verb(mastered));
        assertEquals(Map.of("scaled", 0.8, "raw", 4.0, "min", 0.0, "max", 5.0), at(mastered, "result.score"));
        assertEquals(true, at(mastered, "result.success"));
        assertEquals(Fixtures.COURSE_ID, at(mastered, "object.id"));
        answerRight(h.tracker(), 5, 4);
        assertEquals(0, count(h.verbsSinceLastLook(), "mastered"));
    }

    @Test
    void masteredLostByAReAnswerIsNotTakenBackNorSentAgainWhenRegained() {
        TrackingHarness h = harness(fiveQuestions("\"masteryScore\": 0.8, \"passCriteria\": {\"minimumScore\": 0.8}"));
        answerRight(h.tracker(), 1, 2, 3, 4);
        h.tracker().answer("q4", false);
        h.tracker().answer("q4", true);
        h.tracker().answer("q4", false);

        Outcome outcome = h.tracker().finish();

        List<String> verbs = h.verbsSinceLastLook();
        assertEquals(1, count(verbs, "mastered"));
        assertEquals("failed", verbs.get(verbs.size() - 1));
        assertTrue(outcome.mastered(), "mastery was reached during the attempt");
        assertFalse(outcome.passed());
        assertEquals(0.6, outcome.score().scaled(), 1e-12);
    }

    @Test
    void aQuestionAnsweredTwiceCountsItsLatestAnswerAndAddsProgressOnce() {
        TrackingHarness h = harness(fiveQuestions(""));
        h.tracker().answer("q1", false);
        h.tracker().answer("q1", true);

        assertEquals(List.of("started", "answered", "progressed", "answered"), h.verbsSinceLastLook());
        assertEquals(0.2, h.tracker().score().scaled(), 1e-12);
        assertEquals(16, h.tracker().progress());
    }

    @Test
    void theScoreExactlyAtThePassingScorePasses() {
        TrackingHarness h = harness(fiveQuestions("\"passCriteria\": {\"minimumScore\": 0.6}"));
        answerRight(h.tracker(), 1, 2, 3);

        assertTrue(h.tracker().finish().passed());
        List<String> verbs = h.verbsSinceLastLook();
        assertEquals("passed", verbs.get(verbs.size() - 1));
        assertEquals(0, count(verbs, "failed"));
    }

    /** A course that limits tries: each question takes that many answers in an attempt, the latest counting. */
    @Test
    void aQuestionTakesAsManyAnswersAsTheCourseAllowsAndTheLatestCounts() {
        TrackingHarness h = harness(fiveQuestions("\"tries\": 2"));
        assertEquals(2, h.tracker().triesLeft("q1"));
        h.tracker().answer("q1", false);
        assertEquals(1, h.tracker().triesLeft("q1"));
        h.tracker().answer("q1", true);
        int sent = h.sent().size();

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> h.tracker().answer("q1", false));

        assertEquals("Question \"q1\" takes no more answers: this course allows 2 per question, and the latest counts",
                refused.getMessage());
        assertEquals(sent, h.sent().size(), "nothing sent for a refused answer");
        List<Object> tryNumbers = h.sent().stream().filter(s -> "answered".equals(Statements.verb(s)))
                .map(s -> (Object) ((Number) ((Map<?, ?>) at(s, "context.extensions")).get(Tracker.TRY_NUMBER)).intValue())
                .toList();
        assertEquals(List.of(1, 2), tryNumbers, "each answered statement names its try");
        assertEquals(0, h.tracker().triesLeft("q1"));
        assertEquals(2, h.tracker().triesLeft("q2"));
        assertEquals(20, h.tracker().finish().score().raw() * 100 / h.tracker().finish().score().max(), 0.001);
        h.tracker().retake();
        assertEquals(2, h.tracker().triesLeft("q1"), "a new attempt, new tries");
        assertEquals(-1, harness(fiveQuestions("")).tracker().triesLeft("q1"), "no limit");
    }

    @Test
    void aPageIsDoneOnceViewedOrAnswered() {
        TrackingHarness h = harness(fiveQuestions(""));
        assertFalse(h.tracker().isDone("intro"), "before the attempt");
        h.tracker().viewPage("intro");
        h.tracker().answer("q2", false);

        assertTrue(h.tracker().isDone("intro"));
        assertTrue(h.tracker().isDone("q2"), "answered, even wrong");
        assertFalse(h.tracker().isDone("q1"));
        assertFalse(h.tracker().isDone("no-such-page"));
    }

    /** The page lists each question right or missed: the outcome says so for every question answered. */
    @Test
    void theOutcomeSaysForEachQuestionAnsweredWhetherItsLatestAnswerIsCorrect() throws Exception {
        TrackingHarness h = harness(fiveQuestions(""));
        h.tracker().answer("q1", false);
        h.tracker().answer("q1", true);
        h.tracker().answer("q3", false);

        Map<?, ?> outcome = (Map<?, ?>) JsonReader.parse(JsonWriter.write(h.tracker().finish()));

        assertEquals(Map.of("q1", true, "q3", false), outcome.get("questions"));
        assertEquals(List.of("q1", "q3"), List.copyOf(((Map<?, ?>) outcome.get("questions")).keySet()), "in answer order");
    }

    @Test
    void finishingWithoutAnsweringFailsWithAZeroScore() {
        TrackingHarness h = harness(fiveQuestions("\"passCriteria\": {\"minimumScore\": 0.6}"));
        h.tracker().start();

        Outcome outcome = h.tracker().finish();

        Map<?, ?> failed = h.sent().get(1);
        assertEquals("failed", Statements.verb(failed));
        assertEquals(Map.of("scaled", 0.0, "raw", 0.0, "min", 0.0, "max", 5.0), at(failed, "result.score"));
        assertEquals(false, at(failed, "result.success"));
        assertEquals(true, at(failed, "result.completion"));
        assertFalse(outcome.passed());
        assertEquals(0, outcome.progress());
    }

    @Test
    void aCourseWithoutQuestionsPassesOnCompletionWithoutAScore() {
        TrackingHarness h = harness(Fixtures.course("\"masteryScore\": 0.5, \"passCriteria\": {\"minimumScore\": 0.9}",
                "[{\"id\": \"s1\", \"title\": \"S1\", \"pages\": [{\"id\": \"p1\", \"type\": \"content\", \"title\": \"P1\"}]}]"));
        h.tracker().viewPage("p1");

        Outcome outcome = h.tracker().finish();

        Map<?, ?> passed = h.sent().get(3);
        assertEquals(List.of("started", "experienced", "progressed", "passed"), h.verbsSinceLastLook());
        assertNull(at(passed, "result.score"));
        assertEquals(true, at(passed, "result.success"));
        assertTrue(outcome.passed());
        assertNull(outcome.score());
    }

    @Test
    void allWeightsZeroMeansNoScoreAndAnsweredStatementsWithoutOne() {
        TrackingHarness h = harness(fiveQuestions("\"masteryScore\": 0.5", 0, 0, 0, 0, 0));
        answerRight(h.tracker(), 1, 2, 3, 4, 5);

        Outcome outcome = h.tracker().finish();

        List<Map<?, ?>> sent = h.sent();
        Map<?, ?> answered = sent.get(1);
        assertEquals(true, at(answered, "result.success"));
        assertNull(at(answered, "result.score"));
        assertEquals(0, count(sent.stream().map(Statements::verb).toList(), "mastered"));
        assertTrue(outcome.passed());
        assertNull(outcome.score());
    }

    @Test
    void aRequiredSectionLeftUnfinishedFailsEvenWithAFullScore() {
        String course = Fixtures.course("\"passCriteria\": {\"minimumScore\": 0.5, \"requiredSections\": [\"reading\"]}",
                "[{\"id\": \"reading\", \"title\": \"Reading\", \"pages\": [{\"id\": \"p1\", \"type\": \"content\", \"title\": \"P1\"},"
                        + " {\"id\": \"p2\", \"type\": \"content\", \"title\": \"P2\"}]},"
                        + " {\"id\": \"quiz\", \"title\": \"Quiz\", \"pages\": [{\"id\": \"q1\", \"type\": \"question\", \"title\": \"Q\","
                        + " \"interactionType\": \"true-false\", \"correct\": true}]}]");
        TrackingHarness unfinished = harness(course);
        unfinished.tracker().viewPage("p1");
        unfinished.tracker().answer("q1", true);
        TrackingHarness finished = harness(course);
        finished.tracker().viewPage("p1");
        finished.tracker().viewPage("p2");
        finished.tracker().answer("q1", true);

        assertFalse(unfinished.tracker().finish().passed());
        assertTrue(finished.tracker().finish().passed());
    }

    @Test
    void passedOrFailedIsSentExactlyOncePerAttempt() {
        TrackingHarness h = harness(fiveQuestions(""));
        h.tracker().finish();
        h.tracker().finish();

        assertEquals(List.of("started", "passed"), h.verbsSinceLastLook());
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> h.tracker().answer("q1", true));
        assertEquals("The attempt is finished; call retake() to begin a new one", error.getMessage());
    }

    @Test
    void aRetakeIsANewAttemptWithItsOwnRegistration() {
        TrackingHarness h = harness(fiveQuestions("\"masteryScore\": 0.2"));
        answerRight(h.tracker(), 1);
        h.tracker().finish();
        h.tracker().retake();
        answerRight(h.tracker(), 1);
        h.tracker().finish();

        List<Map<?, ?>> sent = h.sent();
        assertEquals(List.of("started", "answered", "progressed", "mastered", "passed",
                "started", "answered", "progressed", "mastered", "passed"), sent.stream().map(Statements::verb).toList());
        Object first = at(sent.get(0), "context.registration");
        Object second = at(sent.get(5), "context.registration");
        assertNotEquals(first, second);
        assertTrue(sent.subList(0, 5).stream().allMatch(s -> first.equals(at(s, "context.registration"))));
        assertTrue(sent.subList(5, 10).stream().allMatch(s -> second.equals(at(s, "context.registration"))));
    }

    @Test
    void statementsTheAuthorSwitchedOffAreNeverSentButTrackingStillRuns() {
        TrackingHarness h = new TrackingHarness(fiveQuestions("\"masteryScore\": 0.4"), Fixtures.settings(ENDPOINT, "passed", "failed"));
        h.tracker().viewPage("intro");
        answerRight(h.tracker(), 1, 2);

        Outcome outcome = h.tracker().finish();

        assertEquals(List.of("passed"), h.verbsSinceLastLook());
        assertTrue(outcome.mastered());
        assertEquals(50, outcome.progress());
    }

    @Test
    void pagesAndQuestionsHaveTheirSectionAsParentAndTheCourseAsGrouping() {
        TrackingHarness h = harness(Fixtures.COURSE);
        h.tracker().viewPage("intro");
        h.tracker().answer("q-match", response("[[\"box\", \"trolley\"]]"));

        List<Map<?, ?>> sent = h.sent();
        Map<?, ?> experienced = sent.get(1);
        Map<?, ?> answered = sent.get(3);
        for (Map<?, ?> statement : List.of(experienced, answered)) {
            Map<?, ?> activities = (Map<?, ?>) at(statement, "context.contextActivities");
            assertEquals(Fixtures.COURSE_ID, ((Map<?, ?>) ((List<?>) activities.get("grouping")).get(0)).get("id"));
        }
        assertEquals(Fixtures.COURSE_ID + "/basics",
                ((Map<?, ?>) ((List<?>) at(experienced, "context.contextActivities.parent")).get(0)).get("id"));
        assertEquals(Fixtures.COURSE_ID + "/practice",
                ((Map<?, ?>) ((List<?>) at(answered, "context.contextActivities.parent")).get(0)).get("id"));
        assertEquals("http://adlnet.gov/expapi/activities/lesson", at(experienced, "object.definition.type"));
        assertNull(at(sent.get(0), "context.contextActivities"), "course-level statements need no context activities");
    }

    @Test
    void anAnsweredStatementCarriesTheWholeQuestionAndTheJudgedResponse() {
        TrackingHarness h = harness(Fixtures.COURSE);
        h.tracker().answer("q-choice", response("[\"knees\", \"twist\"]"));

        Map<?, ?> answered = h.sent().get(1);
        assertEquals(Fixtures.COURSE_ID + "/q-choice", at(answered, "object.id"));
        assertEquals("http://adlnet.gov/expapi/activities/cmi.interaction", at(answered, "object.definition.type"));
        assertEquals(Map.of("en-US", "Safe habits"), at(answered, "object.definition.name"));
        assertEquals("choice", at(answered, "object.definition.interactionType"));
        assertEquals(List.of("knees[,]close"), at(answered, "object.definition.correctResponsesPattern"));
        assertEquals(List.of(Map.of("id", "knees", "description", Map.of("en-US", "Bend your knees")),
                        Map.of("id", "twist", "description", Map.of("en-US", "Twist while lifting")),
                        Map.of("id", "close", "description", Map.of("en-US", "Keep the load close"))),
                at(answered, "object.definition.choices"));
        assertEquals("knees[,]twist", at(answered, "result.response"));
        assertEquals(false, at(answered, "result.success"));
        assertEquals(Map.of("scaled", 0.0, "raw", 0.0, "min", 0.0, "max", 1.0), at(answered, "result.score"));
    }

    @Test
    void aSurveyQuestionIsAnsweredWithoutSuccessOrScore() {
        TrackingHarness h = harness(Fixtures.COURSE);
        h.tracker().answer("q-likert", "low");

        Map<?, ?> answered = h.sent().get(1);
        assertEquals("low", at(answered, "result.response"));
        assertNull(at(answered, "result.success"));
        assertNull(at(answered, "result.score"));
        assertNull(at(answered, "object.definition.correctResponsesPattern"));
    }

    @Test
    void experiencedIsSentOncePerPagePerAttempt() {
        TrackingHarness h = harness(fiveQuestions(""));
        h.tracker().viewPage("intro");
        h.tracker().viewPage("intro");
        h.tracker().viewPage("q1");

        assertEquals(List.of("started", "experienced", "progressed"), h.verbsSinceLastLook());
    }

    @Test
    void unknownPagesAndMisfitResponsesAreClearErrorsThatSendNothing() {
        TrackingHarness h = harness(Fixtures.COURSE);
        h.tracker().start();
        h.verbsSinceLastLook();

        assertEquals("The course has no page \"q-missing\"",
                assertThrows(IllegalArgumentException.class, () -> h.tracker().viewPage("q-missing")).getMessage());
        assertEquals("Page \"intro\" is not a question",
                assertThrows(IllegalArgumentException.class, () -> h.tracker().answer("intro", true)).getMessage());
        assertEquals("Question \"q-choice\": \"bend\" is not a id of this question (knees, twist, close)",
                assertThrows(IllegalArgumentException.class, () -> h.tracker().answer("q-choice", response("[\"bend\"]"))).getMessage());
        assertEquals("Question \"q-num\": Expected a number, got \"many\"",
                assertThrows(IllegalArgumentException.class, () -> h.tracker().answer("q-num", "many")).getMessage());
        assertEquals("Question \"q-num\": Expected a number less than 1e15 in size, which a statement can carry",
                assertThrows(IllegalArgumentException.class, () -> h.tracker().answer("q-num", 1e20)).getMessage());
        assertEquals(List.of(), h.verbsSinceLastLook());
        assertEquals(0, h.tracker().progress());
    }
}
