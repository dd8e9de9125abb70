package org.courseruntime.statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The context of a statement: the attempt's registration (a UUID), the section as parent of a page or question
 * ({@code null} for course-level statements), the grouping activities (the course for pages and questions, and any
 * the launch asked for), the category activities (cmi5's), the platform, the language of the content and context
 * extensions. Under cmi5 it is written over the LMS's context template, which it adds to and never overwrites.
 *
 * @param template the context the LMS requires every statement to start from (empty outside cmi5)
 */
public record Context(String registration, Activity parent, List<Activity> grouping, List<Activity> category,
                      String platform, String language, Map<String, Object> extensions, Map<String, Object> template) {
    public Context {
        grouping = Collections.unmodifiableList(new ArrayList<>(grouping));
        category = Collections.unmodifiableList(new ArrayList<>(category));
        extensions = Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
        template = Collections.unmodifiableMap(new LinkedHashMap<>(template));
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>(template);
        json.putIfAbsent("registration", registration);
        Map<String, Object> activities = copy(template.get("contextActivities"));
        append(activities, "parent", parent == null ? Collections.emptyList() : Collections.singletonList(parent));
        append(activities, "grouping", grouping);
        append(activities, "category", category);
        if (!activities.isEmpty()) {
            json.put("contextActivities", activities);
        }
        json.putIfAbsent("platform", platform);
        if (language != null) {
            json.putIfAbsent("language", language);
        }
        Map<String, Object> allExtensions = copy(template.get("extensions"));
        extensions.forEach(allExtensions::putIfAbsent);
        if (!allExtensions.isEmpty()) {
            json.put("extensions", allExtensions);
        }
        return json;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Object templateObject) {
        return templateObject instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
    }

    /** Adds {@code ours} after the template's activities of that kind (a single object there counts as a list of one). */
    private static void append(Map<String, Object> activities, String kind, List<Activity> ours) {
        if (ours.isEmpty()) {
            return;
        }
        List<Object> all = new ArrayList<>();
        Object theirs = activities.get(kind);
        if (theirs instanceof List<?> list) {
            all.addAll(list);
        } else if (theirs != null) {
            all.add(theirs);
        }
        for (Activity activity : ours) {
            all.add(activity.toReferenceJson());
        }
        activities.put(kind, all);
    }
}
