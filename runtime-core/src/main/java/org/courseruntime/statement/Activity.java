package org.courseruntime.statement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An xAPI Activity: the course, a section, a page or a question, with its type IRI, its name and description as
 * language maps (language tag to text), and for a question the interaction members of its definition
 * ({@code interactionType}, {@code correctResponsesPattern}, {@code choices}...).
 */
public record Activity(String id, String type, Map<String, String> name, Map<String, String> description,
                       Map<String, Object> interaction) {
    public Activity {
        name = copy(name);
        description = copy(description);
        interaction = interaction == null ? Collections.emptyMap() : interaction;
    }

    /** An activity with a type and a name only. */
    public Activity(String id, String type, Map<String, String> name) {
        this(id, type, name, null, null);
    }

    private static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Collections.emptyMap() : new LinkedHashMap<>(map);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("objectType", "Activity");
        json.put("id", id);
        Map<String, Object> definition = new LinkedHashMap<>();
        if (type != null) {
            definition.put("type", type);
        }
        if (!name.isEmpty()) {
            definition.put("name", name);
        }
        if (!description.isEmpty()) {
            definition.put("description", description);
        }
        definition.putAll(interaction);
        if (!definition.isEmpty()) {
            json.put("definition", definition);
        }
        return json;
    }

    /** Just the id, as activities are referenced in context (the LRS knows their definition from the object). */
    Map<String, Object> toReferenceJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("objectType", "Activity");
        json.put("id", id);
        return json;
    }
}
