package org.courseruntime.statement;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context of a statement: the attempt's registration (a UUID), the section as parent and the course as grouping
 * of a page or question (both {@code null} for course-level statements), the platform (the runtime's name) and the
 * language of the content.
 */
public record Context(String registration, Activity parent, Activity grouping, String platform, String language) {
    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("registration", registration);
        Map<String, Object> activities = new LinkedHashMap<>();
        if (parent != null) {
            activities.put("parent", List.of(parent.toReferenceJson()));
        }
        if (grouping != null) {
            activities.put("grouping", List.of(grouping.toReferenceJson()));
        }
        if (!activities.isEmpty()) {
            json.put("contextActivities", activities);
        }
        json.put("platform", platform);
        if (language != null) {
            json.put("language", language);
        }
        return json;
    }
}
