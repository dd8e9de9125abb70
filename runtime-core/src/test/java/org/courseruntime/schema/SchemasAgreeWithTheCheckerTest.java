package org.courseruntime.schema;

import static org.courseruntime.schema.AuthorDocument.COURSE;
import static org.courseruntime.schema.AuthorDocument.PUBLISH_SETTINGS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseruntime.schema.SchemaCheck.Refusal;
import org.courseruntime.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON Schemas beside the checker (src/main/resources/org/courseruntime/schema) give editors the checker's rules:
 * a good document passes both, a bad one is refused by both at the same place. The rules JSON Schema cannot express
 * are the checker's only ({@code "checkerOnly"} in the bad cases): the schema is shown to accept those documents, so
 * that calling them the checker's only stays true.
 */
class SchemasAgreeWithTheCheckerTest {
    static List<Arguments> goodDocuments() throws IOException {
        List<Arguments> documents = new ArrayList<>(List.of(
                arguments(COURSE, "Fixtures.COURSE", Fixtures.COURSE),
                arguments(PUBLISH_SETTINGS, "Fixtures.allStatements",
                        Fixtures.allStatements("https://lrs.example.com/xapi/"))));
        for (AuthorDocument document : AuthorDocument.values()) {
            for (Path file : document.goodDocuments()) {
                documents.add(arguments(document, file.getFileName().toString(), Files.readString(file)));
            }
        }
        return documents;
    }

    static List<BadCase> badCases() throws IOException {
        List<BadCase> cases = new ArrayList<>(BadCase.of(COURSE));
        cases.addAll(BadCase.of(PUBLISH_SETTINGS));
        return cases;
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("goodDocuments")
    void aGoodDocumentPassesTheCheckerAndItsSchema(AuthorDocument document, String name, String text) {
        assertEquals(List.of(), document.problems(text));
        assertEquals(List.of(), document.schema().refusals(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badCases")
    void aBadDocumentIsRefusedByTheCheckerAndByItsSchemaAtTheSamePlace(BadCase bad) {
        List<String> problems = bad.document().problems(bad.text());
        String problem = problems.stream().filter(found -> found.contains(bad.problem())).findFirst()
                .orElseGet(() -> fail("the checker says " + problems));
        List<Refusal> refusals = bad.document().schema().refusals(bad.text());
        if (bad.checkerOnly() != null) {
            assertEquals(List.of(), refusals, "the schema refuses what is listed as a rule of the checker's only: "
                    + bad.checkerOnly());
            return;
        }
        assertFalse(refusals.isEmpty(), "the schema accepts it");
        String where = pointerOf(problem);
        for (Refusal refusal : refusals) {
            assertTrue(isWithin(refusal.pointer(), where) || isWithin(where, refusal.pointer()),
                    () -> "the schema refuses " + refusal + ", away from the checker's " + where);
        }
    }

    @Test
    void everyMessageOfTheCheckersHasABadCase() throws IOException {
        List<String> said = new ArrayList<>();
        for (BadCase bad : badCases()) {
            said.addAll(bad.document().problems(bad.text()));
        }
        for (String template : CheckerMessages.TEMPLATES) {
            assertTrue(said.stream().anyMatch(problem -> CheckerMessages.matches(template, problem)),
                    "no bad case makes the checker say: " + template);
        }
        for (String problem : said) {
            assertTrue(CheckerMessages.TEMPLATES.stream().anyMatch(template -> CheckerMessages.matches(template, problem)),
                    "a message missing from CheckerMessages.TEMPLATES: " + problem);
        }
    }

    @Test
    void everyMessageWrittenInTheCheckersIsATemplate() throws IOException {
        List<String> written = CheckerMessages.writtenInTheCheckers();

        assertTrue(written.size() > 40, "the checkers' sources were not read: " + written);
        for (String part : written) {
            assertTrue(CheckerMessages.TEMPLATES.stream().anyMatch(template -> template.contains(part)),
                    "a message of the checkers missing from CheckerMessages.TEMPLATES: " + part);
        }
    }

    @ParameterizedTest
    @EnumSource(AuthorDocument.class)
    void theSchemaIsAValidDraft202012SchemaNamedUnderTheProjectsBase(AuthorDocument document) throws IOException {
        JsonNode schema = document.schema().tree();

        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals("https://courseruntime.org/schema/" + document + ".schema.json", schema.get("$id").asText());
        assertEquals(List.of(), document.schema().metaSchemaErrors());
    }

    /** Editors show a member's title and description as hover help; a member may take them from the one it refers to. */
    @ParameterizedTest
    @EnumSource(AuthorDocument.class)
    void everyMemberHasATitleAndADescriptionForEditorsToShow(AuthorDocument document) throws IOException {
        JsonNode schema = document.schema().tree();
        List<String> undescribed = new ArrayList<>();
        collectUndescribed(schema, schema, undescribed);

        assertEquals(List.of(), undescribed);
    }

    private static void collectUndescribed(JsonNode schema, JsonNode node, List<String> undescribed) {
        for (Map.Entry<String, JsonNode> member : node.path("properties").properties()) {
            JsonNode described = member.getValue().has("title") || !member.getValue().has("$ref") ? member.getValue()
                    : schema.at(member.getValue().get("$ref").asText().substring(1));
            if (!described.has("title") || !described.has("description")) {
                undescribed.add(member.getKey());
            }
        }
        if (node.isArray()) {
            node.forEach(child -> collectUndescribed(schema, child, undescribed));
        }
        for (Map.Entry<String, JsonNode> child : node.properties()) {
            if (!child.getKey().equals("if")) { // an if tests a member, the branches and properties define it
                collectUndescribed(schema, child.getValue(), undescribed);
            }
        }
    }

    /** Where a problem is: {@code sections[0].id: missing} is at /sections/0/id, {@code missing} at "". */
    private static String pointerOf(String problem) {
        Matcher location = Pattern.compile("^(\\S+): ").matcher(problem);
        return location.find() ? "/" + location.group(1).replaceAll("\\[(\\d+)]", ".$1").replace('.', '/') : "";
    }

    private static boolean isWithin(String pointer, String outer) {
        return outer.isEmpty() || pointer.equals(outer) || pointer.startsWith(outer + "/");
    }
}
