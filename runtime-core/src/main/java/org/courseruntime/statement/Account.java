package org.courseruntime.statement;

import java.util.LinkedHashMap;
import java.util.Map;

/** An xAPI account: a learner known by {@code name} on the system at {@code homePage}. */
public record Account(String homePage, String name) {
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("homePage", homePage);
        json.put("name", name);
        return json;
    }
}
