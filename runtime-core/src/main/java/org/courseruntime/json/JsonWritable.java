package org.courseruntime.json;

/**
 * A value that writes itself as JSON with {@link JsonWriter}'s members and items, without a Map tree: each
 * statement is written this way, which spares it a tree of maps to build and walk.
 */
public interface JsonWritable {
    void writeTo(JsonWriter out);
}
