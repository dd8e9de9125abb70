package org.courseruntime.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.courseruntime.interaction.InteractionType;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CourseDefinitionReaderTest {
    private static List<String> problems(String json) {
        return assertThrows(InvalidDocumentException.class, () -> CourseDefinitionReader.read(json)).problems();
    }

    private static String oneQuestion(String question) {
        return Fixtures.course("", "[{\"id\": \"s\", \"title\": \"S\", \"pages\": [{\"id\": \"q\", \"type\": \"question\","
                + " \"title\": \"Q\", " + question + "}]}]");
    }

    @Test
    void readsSectionsPagesQuestionsOfEveryTypeMasteryAndPassCriteria() throws Exception {
        CourseDefinition course = CourseDefinitionReader.read(Fixtures.COURSE);

        assertEquals(Fixtures.COURSE_ID, course.id());
        assertEquals(Map.of("en-US", "Safe lifting", "de-DE", "Sicheres Heben"), course.title());
        assertEquals(0.8, course.masteryScore());
        assertEquals(new PassCriteria(0.6, List.of()), course.passCriteria());
        assertEquals(List.of("basics", "practice"), course.sections().stream().map(Section::id).toList());
        assertEquals(Fixtures.COURSE_ID + "/practice", course.sections().get(1).activityId());
        assertEquals(11, course.pages().size());
        assertEquals(List.of(InteractionType.values()), course.pages().stream().filter(Page::isQuestion)
                .map(p -> p.question().interaction().type()).sorted().toList());
        Page fill = course.page("q-fill");
        assertEquals(Fixtures.COURSE_ID + "/q-fill", fill.activityId());
        assertEquals(Map.of("en-US", "The limit is __ kg in __."), fill.question().prompt());
        assertEquals(1.0, fill.question().weight());
        assertFalse(course.page("q-likert").question().counts(), "a survey question without a correct answer");
        assertNull(course.page("intro").question());
    }

    @Test
    void aPlainStringTextIsInTheCourseLanguage() throws Exception {
        CourseDefinition course = CourseDefinitionReader.read(Fixtures.COURSE);

        assertEquals(Map.of("en-US", "Basics"), course.sections().get(0).title());
    }

    @Test
    void reportsEveryProblemOfTheCourseAtOnceWithItsLocation() {
        String json = "{\"id\": \"safe lifting\", \"title\": {\"english\": \"Safe lifting\"}, \"language\": \"en_US\","
                + " \"masteryScore\": 80, \"passCriteria\": {\"minimumScore\": 0.7, \"requiredSections\": [\"nope\"]},"
                + " \"sections\": [{\"id\": \"s1\", \"title\": \"S1\", \"pages\": [{\"id\": \"p 1\", \"type\": \"content\", \"title\": \"P\"},"
                + " {\"id\": \"s1\", \"type\": \"video\", \"title\": \"V\"}]}, {\"id\": \"s2\", \"title\": \"S2\", \"pages\": []}]}";

        assertEquals(List.of(
                "id: must be an absolute IRI such as https://courses.example.com/my-course",
                "language: must be a language tag such as en-US",
                "title.english: is not a language tag such as en-US",
                "masteryScore: must be a scaled score between 0 and 1 (e.g. 0.8 for 80%)",
                "sections[0].pages[0].id: must be letters, digits, '-', '_' or '.' only (it becomes part of the activity IRI)",
                "sections[0].pages[1].id: \"s1\" is already the id of another section or page",
                "sections[0].pages[1].type: must be \"content\" or \"question\"",
                "sections[1].pages: needs at least one page",
                "passCriteria.requiredSections: item 0 is not the id of a section"), problems(json));
    }

    @Test
    void reportsQuestionProblemsWithTheirLocation() {
        assertEquals(List.of("sections[0].pages[0].interactionType: \"multiple-choice\" is not one of true-false, choice,"
                        + " fill-in, long-fill-in, matching, performance, sequencing, likert, numeric, other"),
                problems(oneQuestion("\"interactionType\": \"multiple-choice\"")));
        assertEquals(List.of("sections[0].pages[0].correct: \"d\" is not a choice id (a, b)"),
                problems(oneQuestion("\"interactionType\": \"choice\", \"choices\": [{\"id\": \"a\", \"text\": \"A\"},"
                        + " {\"id\": \"b\", \"text\": \"B\"}], \"correct\": [\"d\"]")));
        assertEquals(List.of("sections[0].pages[0].choices[1].id: \"a\" is used twice in choices",
                        "sections[0].pages[0].choices[2].id: must be letters, digits, '-', '_' or '.' only",
                        "sections[0].pages[0].choices[2].text: missing"),
                problems(oneQuestion("\"interactionType\": \"sequencing\", \"choices\": [{\"id\": \"a\", \"text\": \"A\"},"
                        + " {\"id\": \"a\", \"text\": \"B\"}, {\"id\": \"c[,]d\"}], \"correct\": [\"a\"]")));
        assertEquals(List.of("sections[0].pages[0].correct: must put every choice in order, each once"),
                problems(oneQuestion("\"interactionType\": \"sequencing\", \"choices\": [{\"id\": \"a\", \"text\": \"A\"},"
                        + " {\"id\": \"b\", \"text\": \"B\"}], \"correct\": [\"b\"]")));
        assertEquals(List.of("sections[0].pages[0].correct: \"t9\" is not a target id (t1, t2)"),
                problems(oneQuestion("\"interactionType\": \"matching\", \"source\": [{\"id\": \"s1\", \"text\": \"A\"},"
                        + " {\"id\": \"s2\", \"text\": \"B\"}], \"target\": [{\"id\": \"t1\", \"text\": \"A\"},"
                        + " {\"id\": \"t2\", \"text\": \"B\"}], \"correct\": [[\"s1\", \"t9\"]]")));
        assertEquals(List.of("sections[0].pages[0].correct: min must not be greater than max"),
                problems(oneQuestion("\"interactionType\": \"numeric\", \"correct\": {\"min\": 5, \"max\": 1}")));
        assertEquals(List.of("sections[0].pages[0].correct: must be true or false"),
                problems(oneQuestion("\"interactionType\": \"true-false\", \"correct\": \"yes\"")));
        assertEquals(List.of("sections[0].pages[0].weight: must not be negative",
                        "sections[0].pages[0].choices: is not a member of a true-false question"),
                problems(oneQuestion("\"interactionType\": \"true-false\", \"correct\": true, \"choices\": [], \"weight\": -1")));
        assertEquals(List.of("sections[0].pages[0].scale: needs at least 2 items"),
                problems(oneQuestion("\"interactionType\": \"likert\", \"scale\": [{\"id\": \"x\", \"text\": \"X\"}]")));
    }

    @Test
    void numbersNoStatementCanCarryAreProblemsOfTheCourse() {
        String tooLarge = "must be less than 1e15 in size (statements cannot carry larger numbers)";
        assertEquals(List.of("sections[0].pages[0].correct: " + tooLarge),
                problems(oneQuestion("\"interactionType\": \"numeric\", \"correct\": 1e15")));
        assertEquals(List.of("sections[0].pages[0].correct.max: " + tooLarge),
                problems(oneQuestion("\"interactionType\": \"numeric\", \"correct\": {\"min\": 0, \"max\": 1e15}")));
        assertEquals(List.of("sections[0].pages[0].correct.min: " + tooLarge),
                problems(oneQuestion("\"interactionType\": \"numeric\", \"correct\": {\"min\": -1e21}")));
        assertEquals(List.of("sections[0].pages[0].weight: " + tooLarge),
                problems(oneQuestion("\"interactionType\": \"true-false\", \"correct\": true, \"weight\": 2e15")));
        String halfEach = "{\"id\": \"q%d\", \"type\": \"question\", \"title\": \"Q\", \"interactionType\": \"true-false\","
                + " \"correct\": true, \"weight\": 5e14}";
        assertEquals(List.of("sections: the questions' weights add up to 1e15 or more, which no statement can carry as a score"),
                problems(Fixtures.course("", "[{\"id\": \"s\", \"title\": \"S\", \"pages\": [" + String.format(halfEach, 1) + ", "
                        + String.format(halfEach, 2) + "]}]")));
    }

    @Test
    void aCourseNeedsSectionsAndATitle() {
        assertEquals(List.of("title: needs a text, e.g. \"...\" or {\"en-US\": \"...\"}", "sections: needs at least one section"),
                problems("{\"id\": \"https://x.org/c\", \"title\": {}, \"language\": \"en\", \"sections\": []}"));
    }

    @Test
    void aTextWithAControlCharacterIsRefusedWhereItIs() {
        assertEquals(List.of("title.de-DE: contains a control character (U+0000 to U+001F other than tab and line breaks),"
                        + " which no XML manifest or LMS can carry",
                        "sections[0].title: contains a control character (U+0000 to U+001F other than tab and line breaks),"
                        + " which no XML manifest or LMS can carry"),
                problems("{\"id\": \"https://x.org/c\", \"title\": {\"en\": \"Line\\nbreak\\tand tab\", \"de-DE\": \"Bell\\u0007\"},"
                        + " \"language\": \"en\", \"sections\": [{\"id\": \"s\", \"title\": \"\\u0001S\", \"pages\": ["
                        + "{\"id\": \"p\", \"type\": \"content\", \"title\": \"P\"}]}]}"));
    }

    @Test
    void anEditorsSchemaMemberIsAllowedAndMustNameTheSchema() throws Exception {
        String course = Fixtures.course("\"$schema\": \"./course.schema.json\"", "[{\"id\": \"s\", \"title\": \"S\","
                + " \"pages\": [{\"id\": \"p\", \"type\": \"content\", \"title\": \"P\"}]}]");

        assertEquals(Fixtures.COURSE_ID, CourseDefinitionReader.read(course).id());
        assertEquals(List.of("$schema: must be a string"), problems(course.replace("\"./course.schema.json\"", "true")));
    }

    @Test
    void theIdsOfACourseEndingInASlashAreNotDoubled() throws Exception {
        CourseDefinition course = CourseDefinitionReader.read(Fixtures.course("", "[]").replace("\"sections\": []",
                "\"sections\": [{\"id\": \"s\", \"title\": \"S\", \"pages\": [{\"id\": \"p\", \"type\": \"content\", \"title\": \"P\"}]}]")
                .replace(Fixtures.COURSE_ID, Fixtures.COURSE_ID + "/"));

        assertEquals(Fixtures.COURSE_ID + "/p", course.page("p").activityId());
        assertTrue(course.sections().get(0).activityId().endsWith("lifting/s"));
    }
}
