package org.courseruntime.statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context of a statement: the attempt's registration (a UUID), the course as grouping activity, the
 * platform (the runtime's name) and the language of the content.
 */
public record Context(String registration, Activity grouping, String platform, String language) {
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("registration", registration);
        if (grouping != null) {
            json.put("contextActivities", Map.of("grouping", List.of(grouping.toReferenceJson())));
        }
        json.put("platform", platform);
        if (language != null) {
            json.put("language", language);
        }
        return json;
    }
}
