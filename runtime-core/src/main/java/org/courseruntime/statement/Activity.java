package org.courseruntime.statement;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An xAPI Activity: the course, a section or a page, with its type IRI and its name as a language map
 * (language tag to text, e.g. {@code en-US -> "Safe lifting"}).
 */
public record Activity(String id, String type, Map<String, String> name) {
    public Activity {
        name = name == null ? null : Map.copyOf(name);
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("objectType", "Activity");
        json.put("id", id);
        Map<String, Object> definition = new LinkedHashMap<>();
        if (type != null) {
            definition.put("type", type);
        }
        if (name != null && !name.isEmpty()) {
            definition.put("name", new LinkedHashMap<>(name));
        }
        if (!definition.isEmpty()) {
            json.put("definition", definition);
        }
        return json;
    }

    /** Just the id, as activities are referenced in context (the LRS already knows their definition). */
    Map<String, Object> toReferenceJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("objectType", "Activity");
        json.put("id", id);
        return json;
    }
}
