package org.courseruntime.interaction;

import java.util.Map;
import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/** One choice, scale point, source, target or step of a question: an id and its text as a language map. */
public record Component(String id, Map<String, String> description) implements JsonWritable {
    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject().member("id", id).member("description", description).endObject();
    }
}
