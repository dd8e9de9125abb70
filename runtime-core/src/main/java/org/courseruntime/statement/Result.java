package org.courseruntime.statement;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/**
 * The result of a statement; every part is optional ({@code null} leaves it out).
 *
 * @param duration   an ISO 8601 duration from {@link Duration#format(long)}
 * @param extensions extension IRI to value, e.g. the cmi5 progress extension
 */
public record Result(Score score, Boolean success, Boolean completion, String response, String duration,
                     Map<String, Object> extensions) implements JsonWritable {
    /** The cmi5 extension that carries progress (an integer 0-100): progress is not a score. */
    public static final String PROGRESS_EXTENSION = "https://w3id.org/xapi/cmi5/result/extensions/progress";

    public Result {
        extensions = extensions == null ? new OrderedMap<>() : new OrderedMap<>(extensions);
    }

    /** A result that only reports progress in percent. */
    public static Result progress(int percent) {
        Map<String, Object> extensions = new OrderedMap<>();
        extensions.put(PROGRESS_EXTENSION, percent);
        return new Result(null, null, null, null, null, extensions);
    }

    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject();
        if (score != null) {
            out.member("score", score);
        }
        if (success != null) {
            out.member("success", success);
        }
        if (completion != null) {
            out.member("completion", completion);
        }
        if (response != null) {
            out.member("response", response);
        }
        if (duration != null) {
            out.member("duration", duration);
        }
        if (!extensions.isEmpty()) {
            out.member("extensions", extensions);
        }
        out.endObject();
    }
}
