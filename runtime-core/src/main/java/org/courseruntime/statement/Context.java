package org.courseruntime.statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context of a statement: the attempt's registration (a UUID), the section as parent of a page or question
 * ({@code null} for course-level statements), the grouping activities (the course for pages and questions, and any
 * the launch asked for), the platform and the language of the content.
 */
public record Context(String registration, Activity parent, List<Activity> grouping, String platform, String language) {
    public Context {
        grouping = Collections.unmodifiableList(new ArrayList<>(grouping));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("registration", registration);
        Map<String, Object> activities = new LinkedHashMap<>();
        if (parent != null) {
            activities.put("parent", Collections.singletonList(parent.toReferenceJson()));
        }
        if (!grouping.isEmpty()) {
            List<Object> references = new ArrayList<>();
            for (Activity activity : grouping) {
                references.add(activity.toReferenceJson());
            }
            activities.put("grouping", references);
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
