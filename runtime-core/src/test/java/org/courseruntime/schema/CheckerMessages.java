package org.courseruntime.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every message the checkers can give, as templates: {@code *} stands for what varies (an id, a member name, an item
 * number), and a problem may start with its location ({@code sections[0].id: }). The list is kept by the test: a
 * message written in a checker's source and missing here fails {@code everyMessageWrittenInTheCheckersIsATemplate}
 * (add its template), and a template no bad case makes the checker say fails {@code everyMessageOfTheCheckersHasABadCase}
 * (add a case to bad/course.json or bad/publish-settings.json).
 */
final class CheckerMessages {
    static final List<String> TEMPLATES = List.of(
            // InvalidDocumentException and JsonReader: the text is no document at all
            "the file is missing or empty",
            "not valid JSON: *",
            "not valid JSON: Duplicate member *",
            // JsonObjectView: what a member is
            "missing",
            "must be a JSON object",
            "must be a JSON array",
            "must be a string",
            "must not be empty",
            "must be a number",
            "must be less than 1e15 in size (statements cannot carry larger numbers)",
            "unknown member",
            // CourseDefinitionCheck
            "must be an absolute IRI such as https://courses.example.com/my-course",
            "must be a language tag such as en-US",
            "must be a scaled score between 0 and 1 (e.g. 0.8 for 80%)",
            "must be a whole number of 1 or more: how many answers each question takes in an attempt",
            "the questions' weights add up to 1e15 or more, which no statement can carry as a score",
            "needs at least one section",
            "needs at least one page",
            "must be letters, digits, '-', '_' or '.' only (it becomes part of the activity IRI)",
            "\"*\" is already the id of another section or page",
            "must be \"content\" or \"question\"",
            "must not be negative",
            "item * is not the id of a section",
            // CourseTextCheck
            "contains a control character (U+0000 to U+001F other than tab and line breaks), which no XML manifest or LMS can carry",
            "is not a language tag such as en-US",
            "needs a text, e.g. \"...\" or {\"en-US\": \"...\"}",
            // InteractionCheck
            "\"*\" is not one of true-false, choice, fill-in, long-fill-in, matching, performance, sequencing, likert, numeric, other",
            "is not a member of a * question",
            "is not a member of an other question",
            "must be true or false",
            "needs at least 2 items",
            "must be letters, digits, '-', '_' or '.' only",
            "\"*\" is used twice in *",
            "needs at least one choice id",
            "\"*\" is not a choice id (*)",
            "an item is not a choice id (*)",
            "names \"*\" twice",
            "must put every choice in order, each once",
            "must be a text or a list of texts, one per blank",
            "every blank needs a non-empty text",
            "needs at least one pair",
            "every item must be a pair [\"source id\", \"target id\"]",
            "every item must be a pair [\"step id\", \"answer\"]",
            "\"*\" is not a source id (*)",
            "\"*\" is not a target id (*)",
            "\"*\" is not a step id (*)",
            "the answer for step \"*\" is empty",
            "\"*\" is not a scale id (*)",
            "needs a number, or a range with min, max or both",
            "min must not be greater than max",
            // PublishSettingsCheck
            "must be an http:// or https:// URL",
            "must not contain a login or password: use lrs.login and lrs.password",
            "must not contain a query or fragment",
            "must not contain ':' (HTTP Basic authentication cannot carry it)",
            "item * is not one of started, progressed, experienced, answered, mastered, passed, failed",
            "item * repeats \"*\"",
            "is not one of started, progressed, experienced, answered, mastered, passed, failed",
            "must be an absolute IRI such as http://adlnet.gov/expapi/verbs/launched",
            "must be \"none\", \"optional\" or \"required\"");

    /**
     * The sources whose string literals are all messages or member names. A literal with a space is (part of) a
     * message; the one-word message "missing" is listed above by hand, as are InvalidDocumentException's.
     */
    private static final List<String> SOURCES = List.of("json/JsonObjectView.java", "course/CourseDefinitionCheck.java",
            "course/InteractionCheck.java", "course/CourseTextCheck.java", "publish/PublishSettingsCheck.java");

    private CheckerMessages() {
    }

    /** Whether {@code problem} is {@code template}'s message, after its location if it has one. */
    static boolean matches(String template, String problem) {
        List<String> parts = new ArrayList<>();
        for (String part : template.split("\\*", -1)) {
            parts.add(Pattern.quote(part));
        }
        return problem.matches("(\\S+: )?" + String.join(".*", parts));
    }

    /** The string literals with a space in the checkers' sources: the parts their messages are made of. */
    static List<String> writtenInTheCheckers() throws IOException {
        List<String> parts = new ArrayList<>();
        for (String source : SOURCES) {
            for (String literal : literals(Files.readString(Path.of("src/main/java/org/courseruntime", source)))) {
                if (literal.contains(" ")) {
                    parts.add(literal);
                }
            }
        }
        return parts;
    }

    /**
     * The string literals of Java source, leaving out comments and char literals; an escape is read as the char after
     * its backslash, which is right for the {@code \"} that messages hold.
     */
    private static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        for (int i = 0; i < source.length(); i++) {
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
            } else if (source.startsWith("/*", i)) {
                i = source.indexOf("*/", i) + 1;
            } else if (source.charAt(i) == '\'') {
                i = source.indexOf('\'', i + (source.charAt(i + 1) == '\\' ? 3 : 2));
            } else if (source.charAt(i) == '"') {
                StringBuilder literal = new StringBuilder();
                for (i++; source.charAt(i) != '"'; i++) {
                    literal.append(source.charAt(i) == '\\' ? source.charAt(++i) : source.charAt(i));
                }
                literals.add(literal.toString());
            }
        }
        return literals;
    }
}
