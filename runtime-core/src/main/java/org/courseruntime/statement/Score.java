package org.courseruntime.statement;

import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/**
 * An xAPI score: {@code raw} points of {@code max} (from {@code min} = 0), and {@code scaled} = raw / max in [0, 1].
 * Construct it with {@link #of(double, double)}, which keeps the four consistent.
 */
public record Score(double scaled, double raw, double min, double max) implements JsonWritable {
    public Score {
        if (!(min <= raw && raw <= max) || scaled < -1 || scaled > 1) {
            throw new IllegalArgumentException("A score needs min <= raw <= max and -1 <= scaled <= 1");
        }
    }

    /** {@code raw} of {@code max} points ({@code max > 0}). */
    public static Score of(double raw, double max) {
        return new Score(raw / max, raw, 0, max);
    }

    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject().member("scaled", scaled).member("raw", raw).member("min", min).member("max", max).endObject();
    }
}
