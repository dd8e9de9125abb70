package org.courseruntime.statement;

import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/**
 * One immutable xAPI 1.0.3 statement, as it is sent: id and timestamp are fixed when it is made, so that a resend
 * carries the same id and the LRS keeps it once. The object is an {@link Activity}, or one already written as
 * {@link org.courseruntime.json.JsonText}.
 */
public record Statement(String id, String timestamp, Agent actor, Verb verb, JsonWritable object, Result result,
                        Context context) implements JsonWritable {
    /** Writes the statement in the key order xAPI documents use. */
    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject().member("id", id).member("timestamp", timestamp).member("actor", actor)
                .member("verb", verb).member("object", object);
        if (result != null) {
            out.member("result", result);
        }
        if (context != null) {
            out.member("context", context);
        }
        out.endObject();
    }

    /** {@code prefix} followed by the statement as compact JSON text, in one string (an outbox entry starts with a header). */
    public String toJsonText(String prefix) {
        return JsonWriter.write(prefix, this);
    }
}
