package org.courseruntime.schema;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A document the checker refuses, one of the cases in bad/course.json or bad/publish-settings.json: the file's base
 * good document with members set ({@code "set": {"/tries": 0}}) or removed ({@code "remove": ["/id"]}), or a whole
 * text ({@code "text": "[]"}). {@code problem} is part of what the checker says; {@code checkerOnly} names the rule
 * when JSON Schema cannot express it.
 */
record BadCase(AuthorDocument document, String change, String text, String problem, String checkerOnly) {
    static List<BadCase> of(AuthorDocument document) throws IOException {
        JsonNode file = SchemaCheck.JSON.readTree(document.badCases().toFile());
        JsonNode base = SchemaCheck.JSON.readTree(AuthorDocument.CASES.resolve(file.get("base").asText()).toFile());
        List<BadCase> cases = new ArrayList<>();
        for (JsonNode item : file.get("cases")) {
            cases.add(new BadCase(document, change(item), text(base, item), item.get("problem").asText(),
                    item.has("checkerOnly") ? item.get("checkerOnly").asText() : null));
        }
        return cases;
    }

    /** What the case changes, to tell the cases apart in the test report: "set /tries", "without /id". */
    private static String change(JsonNode item) {
        List<String> changes = new ArrayList<>();
        item.path("set").properties().forEach(member -> changes.add("set " + member.getKey()));
        item.path("remove").forEach(pointer -> changes.add("without " + pointer.asText()));
        return item.has("text") ? "text " + item.get("text") : String.join(", ", changes);
    }

    private static String text(JsonNode base, JsonNode item) throws JsonProcessingException {
        if (item.has("text")) {
            return item.get("text").asText();
        }
        JsonNode document = base.deepCopy();
        for (Map.Entry<String, JsonNode> member : item.path("set").properties()) {
            JsonPointer pointer = JsonPointer.compile(member.getKey());
            JsonNode parent = document.at(pointer.head());
            String key = pointer.last().getMatchingProperty();
            if (parent instanceof ArrayNode array) {
                array.set(Integer.parseInt(key), member.getValue());
            } else {
                ((ObjectNode) parent).set(key, member.getValue());
            }
        }
        for (JsonNode removed : item.path("remove")) {
            JsonPointer pointer = JsonPointer.compile(removed.asText());
            ((ObjectNode) document.at(pointer.head())).remove(pointer.last().getMatchingProperty());
        }
        return SchemaCheck.JSON.writeValueAsString(document);
    }

    @Override
    public String toString() {
        return document + ", " + change + ": " + problem;
    }
}
