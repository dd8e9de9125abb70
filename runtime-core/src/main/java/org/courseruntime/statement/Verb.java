package org.courseruntime.statement;

import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/** An xAPI verb: its IRI and how it reads in US English (for example "started"). */
public record Verb(String id, String display) implements JsonWritable {
    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject().member("id", id).name("display").beginObject().member("en-US", display).endObject().endObject();
    }
}
