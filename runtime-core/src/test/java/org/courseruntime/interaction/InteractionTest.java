package org.courseruntime.interaction;

import static org.courseruntime.testing.TrackingHarness.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.CourseDefinitionReader;
import org.courseruntime.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Every interaction type's response encoding and correctness rule, on the questions of the fixture course. */
class InteractionTest {
    private static final CourseDefinition COURSE = read();

    private static CourseDefinition read() {
        try {
            return CourseDefinitionReader.read(Fixtures.COURSE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static Interaction question(String id) {
        return COURSE.page(id).question().interaction();
    }

    private static Answer judge(String id, String responseJson) {
        return question(id).judge(response(responseJson));
    }

    private static Object pattern(String id) {
        return question(id).definition().get("correctResponsesPattern");
    }

    @Test
    void trueFalse() {
        assertEquals(new Answer("false", true), judge("q-tf", "false"));
        assertEquals(new Answer("true", false), judge("q-tf", "true"));
        assertEquals(List.of("false"), pattern("q-tf"));
    }

    @Test
    void choiceIsRightForTheCorrectSetInAnyOrder() {
        assertEquals(new Answer("close[,]knees", true), judge("q-choice", "[\"close\", \"knees\"]"));
        assertEquals(new Answer("knees", false), judge("q-choice", "\"knees\""));
        assertEquals(new Answer("knees[,]close[,]twist", false), judge("q-choice", "[\"knees\", \"close\", \"twist\"]"));
        assertEquals(List.of("knees[,]close"), pattern("q-choice"));
    }

    @Test
    void sequencingIsRightOnlyInTheCorrectOrder() {
        assertEquals(new Answer("plan[,]grip[,]lift", true), judge("q-seq", "[\"plan\", \"grip\", \"lift\"]"));
        assertEquals(new Answer("grip[,]plan[,]lift", false), judge("q-seq", "[\"grip\", \"plan\", \"lift\"]"));
        assertEquals(List.of("plan[,]grip[,]lift"), pattern("q-seq"));
    }

    @Test
    void fillInComparesEachBlankIgnoringCaseAndSpacesIncludingNonAsciiText() {
        assertEquals(new Answer("25[,] ZÜRICH ", true), judge("q-fill", "[\"25\", \" ZÜRICH \"]"));
        assertEquals(new Answer("25", false), judge("q-fill", "\"25\""));
        assertEquals(List.of("25[,]Zürich"), pattern("q-fill"));
    }

    @Test
    void caseMattersWhenTheAuthorSaysSo() {
        FillInInteraction strict = new FillInInteraction(InteractionType.FILL_IN, List.of("NaCl"), true);

        assertEquals(new Answer("nacl", false), strict.judge("nacl"));
        assertEquals(List.of("{case_matters=true}NaCl"), strict.definition().get("correctResponsesPattern"));
    }

    @Test
    void learnerTextWithTheDelimitersCannotBeMistakenForSeveralItems() {
        Answer answer = judge("q-long", "\"a[,]b [.] c[:]d [,\"");

        assertEquals("a[ ,]b [ .] c[ :]d [,", answer.response());
        assertEquals(1, answer.response().split("\\[,]", -1).length);
        assertEquals(" {lang=fr} spoofed", judge("q-other", "\"{lang=fr} spoofed\"").response());
    }

    @Test
    void longAndNonAsciiTextIsKeptWhole() {
        String essay = "Heben mit geradem Rücken, Last nah am Körper — 保持背部挺直 😀 ".repeat(200);

        Answer answer = judge("q-long", org.courseruntime.json.JsonWriter.write(essay));

        assertEquals(essay, answer.response());
        assertEquals(false, answer.correct());
    }

    @Test
    void matchingIsRightForTheCorrectPairsInAnyOrder() {
        assertEquals(new Answer("sack[.]shoulder[,]box[.]trolley", true),
                judge("q-match", "[[\"sack\", \"shoulder\"], [\"box\", \"trolley\"]]"));
        assertEquals(new Answer("box[.]shoulder", false), judge("q-match", "[[\"box\", \"shoulder\"]]"));
        assertEquals(List.of("box[.]trolley[,]sack[.]shoulder"), pattern("q-match"));
        assertEquals("\"boxes\" is not a source of this question (box, sack)",
                assertThrows(InvalidResponseException.class, () -> judge("q-match", "[[\"boxes\", \"trolley\"]]")).getMessage());
    }

    @Test
    void matchingJudgesTheSetOfPairsSoARepeatedPairChangesNothingAndAnExtraPairIsWrong() {
        assertEquals(true, judge("q-match", "[[\"sack\", \"shoulder\"], [\"box\", \"trolley\"], [\"sack\", \"shoulder\"]]").correct());
        assertEquals(false, judge("q-match", "[[\"sack\", \"shoulder\"], [\"box\", \"trolley\"], [\"box\", \"shoulder\"]]").correct());
    }

    @Test
    void performanceComparesEachStepsAnswer() {
        assertEquals(new Answer("plant[.]Wide[,]lift[.]slowly", true), judge("q-perf", "[[\"plant\", \"Wide\"], [\"lift\", \"slowly\"]]"));
        assertEquals(new Answer("plant[.]narrow[,]lift[.]slowly", false), judge("q-perf", "[[\"plant\", \"narrow\"], [\"lift\", \"slowly\"]]"));
        assertEquals(new Answer("plant[.]a[ ,]b", false), judge("q-perf", "[[\"plant\", \"a[,]b\"]]"));
        assertEquals(List.of("plant[.]wide[,]lift[.]slowly"), pattern("q-perf"));
    }

    @Test
    void likertWithoutACorrectResponseIsNeverJudged() {
        assertEquals(new Answer("high", null), judge("q-likert", "\"high\""));
        assertNull(pattern("q-likert"));
        assertEquals("[{\"id\":\"low\",\"description\":{\"en-US\":\"Low\"}},{\"id\":\"high\",\"description\":{\"en-US\":\"High\"}}]",
                org.courseruntime.json.JsonWriter.write(question("q-likert").definition().get("scale")));
    }

    @Test
    void numericIsRightInsideTheRangeBoundsIncluded() {
        assertEquals(new Answer("20", true), judge("q-num", "20"));
        assertEquals(new Answer("25", true), judge("q-num", "25"));
        assertEquals(new Answer("22.5", true), judge("q-num", "22.5"));
        assertEquals(new Answer("25.01", false), judge("q-num", "25.01"));
        assertEquals(new Answer("-3", false), judge("q-num", "-3"));
        assertEquals(List.of("20[:]25"), pattern("q-num"));
    }

    @Test
    void numericRangesMayBeOpenOrASingleNumber() {
        assertEquals(List.of("[:]4"), new NumericInteraction(null, 4.0).definition().get("correctResponsesPattern"));
        assertEquals(List.of("0.5[:]"), new NumericInteraction(0.5, null).definition().get("correctResponsesPattern"));
        assertEquals(List.of("4"), new NumericInteraction(4.0, 4.0).definition().get("correctResponsesPattern"));
        assertEquals(true, new NumericInteraction(null, 4.0).judge(-1000.0).correct());
        assertEquals(false, new NumericInteraction(4.0, 4.0).judge(4.5).correct());
    }

    @Test
    void otherComparesFreeTextWhenACorrectOneIsGiven() {
        assertEquals(new Answer("Gloves ", true), judge("q-other", "\"Gloves \""));
        assertEquals(List.of("gloves"), pattern("q-other"));
    }

    @Test
    void aResponseOfTheWrongShapeSaysWhatWasExpected() {
        assertEquals("Expected true or false, got \"yes\"",
                assertThrows(InvalidResponseException.class, () -> judge("q-tf", "\"yes\"")).getMessage());
        assertEquals("The response names \"knees\" twice",
                assertThrows(InvalidResponseException.class, () -> judge("q-choice", "[\"knees\", \"knees\"]")).getMessage());
        assertEquals("Expected a list of [source id, target id] pairs, got [\"box\",\"trolley\"]",
                assertThrows(InvalidResponseException.class, () -> judge("q-match", "[\"box\", \"trolley\"]")).getMessage());
        assertEquals("\"medium\" is not a scale point of this question (low, high)",
                assertThrows(InvalidResponseException.class, () -> judge("q-likert", "\"medium\"")).getMessage());
    }
}
