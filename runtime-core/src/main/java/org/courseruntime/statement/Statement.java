package org.courseruntime.statement;

import java.util.LinkedHashMap;
import java.util.Map;
import org.courseruntime.json.JsonWriter;

/**
 * One immutable xAPI 1.0.3 statement, as it is sent: id and timestamp are fixed when it is made, so that a resend
 * carries the same id and the LRS keeps it once.
 */
public record Statement(String id, String timestamp, Agent actor, Verb verb, Activity object, Result result,
                        Context context) {
    /** The statement as a JSON tree in the key order xAPI documents use. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", id);
        json.put("timestamp", timestamp);
        json.put("actor", actor.toJson());
        json.put("verb", verb.toJson());
        json.put("object", object.toJson());
        if (result != null) {
            json.put("result", result.toJson());
        }
        if (context != null) {
            json.put("context", context.toJson());
        }
        return json;
    }

    /** The statement as compact JSON text. */
    public String toJsonText() {
        return JsonWriter.write(toJson());
    }
}
