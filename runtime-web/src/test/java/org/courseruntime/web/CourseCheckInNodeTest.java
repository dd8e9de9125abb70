package org.courseruntime.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.courseruntime.check.CourseFilesCheck;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * course-check.js as an authoring tool uses it in Node ({@code require}): it names every problem the publisher's
 * checker on the JVM names, in the same words, and nothing in a course that is right.
 */
class CourseCheckInNodeTest {
    private static final Path CHECK = Path.of("target/classes/org/courseruntime/web/course-check.js").toAbsolutePath();
    private static final String COURSE = """
            {"id": "https://courses.example.com/tiny", "title": {"en-US": "Tiny", "de-DE": "Winzig"}, "language": "en-US",
             "masteryScore": 0.5, "passCriteria": {"minimumScore": 0.5, "requiredSections": ["s"]},
             "sections": [{"id": "s", "title": "S", "pages": [
               {"id": "p", "type": "content", "title": "P"},
               {"id": "q", "type": "question", "title": "Q", "interactionType": "choice",
                "choices": [{"id": "a", "text": "A"}, {"id": "b", "text": "B"}], "correct": ["a"]},
               {"id": "n", "type": "question", "title": "N", "interactionType": "numeric", "correct": {"min": 1, "max": 2}}]}]}
            """;
    private static final String SETTINGS = """
            {"lrs": {"endpoint": "https://lrs.example.com/xapi/", "login": "lap", "password": "secret"},
             "statements": ["started", "passed"], "login": "optional"}
            """;

    @TempDir
    Path work;

    /** What course-check.js says of each text: [course problems, settings problems] per pair. */
    private List<List<?>> checkedInNode(String[][] pairs) throws Exception {
        StringBuilder documents = new StringBuilder("[");
        for (String[] pair : pairs) {
            documents.append(documents.length() > 1 ? "," : "").append('[')
                    .append(pair[0] == null ? "null" : JsonWriter.write(pair[0])).append(',')
                    .append(pair[1] == null ? "null" : JsonWriter.write(pair[1])).append(']');
        }
        Path documentsFile = Files.writeString(work.resolve("documents.json"), documents.append(']'), StandardCharsets.UTF_8);
        Path script = Files.writeString(work.resolve("check.js"), ""
                + "const { CourseCheck } = require(" + JsonWriter.write(CHECK.toString()) + ");\n"
                + "const documents = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));\n"
                + "process.stdout.write(JSON.stringify(documents.map(([course, settings]) =>"
                + " [CourseCheck.checkCourse(course), CourseCheck.checkPublishSettings(settings)])));\n");
        Process node = new ProcessBuilder("node", script.toString(), documentsFile.toString()).redirectErrorStream(true).start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        node.waitFor(60, TimeUnit.SECONDS);
        assertEquals(0, node.exitValue(), output);
        List<List<?>> results = new ArrayList<>();
        for (Object result : (List<?>) JsonReader.parse(output)) {
            results.add((List<?>) result);
        }
        return results;
    }

    @Test
    void aRightCourseAndRightSettingsHaveNoProblem() throws Exception {
        assertEquals(List.of(List.of(List.of(), List.of())), checkedInNode(new String[][] {{COURSE, SETTINGS}}));
    }

    @Test
    void everyProblemIsNamedInTheWordsOfThePublishersChecker() throws Exception {
        String[][] broken = {
                {COURSE.replace("\"correct\": [\"a\"]", "\"correct\": [\"c\", \"a\", \"a\"]").replace("\"de-DE\"", "\"de_DE\""),
                        SETTINGS.replace("https://", "ftp://").replace("\"passed\"", "\"finish\"")},
                {COURSE.replace("\"id\": \"p\"", "\"id\": \"s\"").replace("\"min\": 1", "\"min\": 3, \"low\": 0"),
                        SETTINGS.replace("\"login\": \"lap\"", "\"login\": \"l:ap\"").replace("optional", "maybe")},
                {COURSE.replace("\"type\": \"content\"", "\"type\": \"content\", \"type\": \"question\""),
                        "{\"lrs\": {\"endpoint\": \"https://lrs.example.com/\",\n \"password\": secret}}"},
                {"", null},
                {"[]", "{\"lrs\": {\"endpoint\": \"https://u:p@lrs.example.com/?x\"}, \"statements\": [], \"verbs\": {\"passed\": \"nope\"}}"}};

        List<List<?>> inNode = checkedInNode(broken);

        for (int i = 0; i < broken.length; i++) {
            List<String> course = CourseFilesCheck.courseProblems(broken[i][0]);
            List<String> settings = CourseFilesCheck.settingsProblems(broken[i][1]);
            assertEquals(List.of(course, settings), inNode.get(i), "documents " + i);
            assertTrue(!course.isEmpty() && !settings.isEmpty(), "documents " + i + " are broken: " + course + settings);
        }
        assertEquals(List.of("title.de_DE: is not a language tag such as en-US",
                "sections[0].pages[1].correct: \"c\" is not a choice id (a, b)", "sections[0].pages[1].correct: names \"a\" twice"),
                inNode.get(0).get(0));
    }
}
