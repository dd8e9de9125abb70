package org.courseruntime.statement;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/**
 * The context of a statement: the attempt's registration (a UUID), the section as parent of a page or question
 * ({@code null} for course-level statements), the grouping activities (the course for pages and questions, and any
 * the launch asked for), the platform and the language of the content.
 */
public record Context(String registration, Activity parent, List<Activity> grouping, String platform, String language)
        implements JsonWritable {
    public Context {
        grouping = Collections.unmodifiableList(new ArrayList<>(grouping));
    }

    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject().member("registration", registration);
        if (parent != null || !grouping.isEmpty()) {
            out.name("contextActivities").beginObject();
            if (parent != null) {
                out.name("parent").beginArray().item();
                parent.writeReference(out);
                out.endArray();
            }
            if (!grouping.isEmpty()) {
                out.name("grouping").beginArray();
                for (Activity activity : grouping) {
                    out.item();
                    activity.writeReference(out);
                }
                out.endArray();
            }
            out.endObject();
        }
        out.member("platform", platform);
        if (language != null) {
            out.member("language", language);
        }
        out.endObject();
    }
}
