package org.courseruntime.json;

/**
 * A value written as JSON once, to be put as it is into every document that holds it: e.g. a question's activity,
 * whose whole interaction definition goes into each of its statements.
 */
public record JsonText(String text) implements JsonWritable {
    /** {@code value} written now, for later writes to copy. */
    public static JsonText of(Object value) {
        return new JsonText(JsonWriter.write(value));
    }

    @Override
    public void writeTo(JsonWriter out) {
        out.json(text);
    }
}
