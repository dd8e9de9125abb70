package org.courseruntime.interaction;

import java.util.LinkedHashMap;
import java.util.Map;

/** One choice, scale point, source, target or step of a question: an id and its text as a language map. */
public record Component(String id, Map<String, String> description) {
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("description", new LinkedHashMap<>(description));
        return json;
    }
}
