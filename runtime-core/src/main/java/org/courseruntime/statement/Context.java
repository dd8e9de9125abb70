package org.courseruntime.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/**
 * The context of a statement: the attempt's registration (a UUID), the section as parent of a page or question
 * ({@code null} for course-level statements), the grouping activities (the course for pages and questions, and any
 * the launch asked for), the category activities (cmi5's), the platform, the language of the content and context
 * extensions. Under cmi5 it is written over the LMS's context template, which it adds to and never overwrites.
 *
 * @param template the context the LMS requires every statement to start from (empty outside cmi5)
 */
public record Context(String registration, Activity parent, List<Activity> grouping, List<Activity> category,
                      String platform, String language, Map<String, Object> extensions, Map<String, Object> template)
        implements JsonWritable {
    /** What a template member that is absent or not an object holds: nothing (only read). */
    private static final Map<?, ?> NONE = new OrderedMap<>();

    public Context {
        grouping = new ArrayList<>(grouping);
        category = new ArrayList<>(category);
        extensions = new OrderedMap<>(extensions);
        template = new OrderedMap<>(template);
    }

    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject();
        for (Map.Entry<String, Object> member : template.entrySet()) {
            if (!member.getKey().equals("contextActivities") && !member.getKey().equals("extensions")
                    && member.getValue() != null) {
                out.member(member.getKey(), member.getValue());
            }
        }
        if (template.get("registration") == null) {
            out.member("registration", registration);
        }
        writeActivities(out, map(template.get("contextActivities")));
        if (template.get("platform") == null) {
            out.member("platform", platform);
        }
        if (language != null && template.get("language") == null) {
            out.member("language", language);
        }
        Map<?, ?> theirs = map(template.get("extensions"));
        if (!theirs.isEmpty() || !extensions.isEmpty()) {
            out.name("extensions").beginObject();
            for (Map.Entry<?, ?> extension : theirs.entrySet()) {
                out.member((String) extension.getKey(), extension.getValue());
            }
            for (Map.Entry<String, Object> extension : extensions.entrySet()) {
                if (theirs.get(extension.getKey()) == null) {
                    out.member(extension.getKey(), extension.getValue());
                }
            }
            out.endObject();
        }
        out.endObject();
    }

    /** The template's context activities, each list followed by ours of the same kind. */
    private void writeActivities(JsonWriter out, Map<?, ?> theirs) {
        List<Activity> parents = new ArrayList<>(1);
        if (parent != null) {
            parents.add(parent);
        }
        if (theirs.isEmpty() && parents.isEmpty() && grouping.isEmpty() && category.isEmpty()) {
            return;
        }
        out.name("contextActivities").beginObject();
        for (Map.Entry<?, ?> kind : theirs.entrySet()) {
            if (!kind.getKey().equals("parent") && !kind.getKey().equals("grouping") && !kind.getKey().equals("category")) {
                out.member((String) kind.getKey(), kind.getValue());
            }
        }
        writeList(out, "parent", theirs.get("parent"), parents);
        writeList(out, "grouping", theirs.get("grouping"), grouping);
        writeList(out, "category", theirs.get("category"), category);
        out.endObject();
    }

    /** Kind {@code kind}: the template's activities (a single object there counts as a list of one), then ours. */
    private static void writeList(JsonWriter out, String kind, Object theirs, List<Activity> ours) {
        if (theirs == null && ours.isEmpty()) {
            return;
        }
        out.name(kind).beginArray();
        if (theirs instanceof List<?> list) {
            for (Object activity : list) {
                out.item().value(activity);
            }
        } else if (theirs != null) {
            out.item().value(theirs);
        }
        for (Activity activity : ours) {
            out.item();
            activity.writeReference(out);
        }
        out.endArray();
    }

    private static Map<?, ?> map(Object templateMember) {
        return templateMember instanceof Map<?, ?> map ? map : NONE;
    }
}
