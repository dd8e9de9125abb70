package org.courseruntime.statement;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** An xAPI verb: its IRI and how it reads in US English (for example "started"). */
public record Verb(String id, String display) {
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("display", Collections.singletonMap("en-US", display));
        return json;
    }
}
