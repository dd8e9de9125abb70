package org.courseruntime.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.testing.Fixtures;
import org.junit.jupiter.api.Test;

class CourseDefinitionReaderTest {
    @Test
    void readsIdTitleAndLanguage() throws Exception {
        CourseDefinition course = CourseDefinitionReader.read(Fixtures.COURSE);

        assertEquals("https://courses.example.com/safe-lifting", course.id());
        assertEquals(Map.of("en-US", "Safe lifting", "de-DE", "Sicheres Heben"), course.title());
        assertEquals("en-US", course.language());
    }

    @Test
    void reportsEveryProblemWithItsLocation() {
        InvalidDocumentException error = assertThrows(InvalidDocumentException.class, () -> CourseDefinitionReader.read(
                "{\"id\": \"safe lifting\", \"title\": {\"english\": \"Safe lifting\", \"de\": 3}, \"language\": \"en_US\", \"pages\": 1}"));

        assertEquals(List.of(
                "pages: unknown member",
                "id: must be an absolute IRI such as https://courses.example.com/my-course",
                "title.english: is not a language tag such as en-US",
                "title.de: must be a string",
                "language: must be a language tag such as en-US"), error.problems());
    }

    @Test
    void anEmptyTitleNeedsALanguage() {
        InvalidDocumentException error = assertThrows(InvalidDocumentException.class, () -> CourseDefinitionReader.read(
                "{\"id\": \"https://x.org/c\", \"title\": {}, \"language\": \"en\"}"));

        assertEquals(List.of("title: needs at least one language, e.g. {\"en-US\": \"...\"}"), error.problems());
    }
}
