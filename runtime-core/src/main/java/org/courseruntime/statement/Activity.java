package org.courseruntime.statement;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/**
 * An xAPI Activity: the course, a section, a page or a question, with its type IRI, its name and description as
 * language maps (language tag to text), and for a question the interaction members of its definition
 * ({@code interactionType}, {@code correctResponsesPattern}, {@code choices}...).
 */
public record Activity(String id, String type, Map<String, String> name, Map<String, String> description,
                       Map<String, Object> interaction) implements JsonWritable {
    public Activity {
        name = copy(name);
        description = copy(description);
        interaction = interaction == null ? new OrderedMap<>() : interaction;
    }

    /** An activity with a type and a name only. */
    public Activity(String id, String type, Map<String, String> name) {
        this(id, type, name, null, null);
    }

    private static Map<String, String> copy(Map<String, String> map) {
        return map == null ? new OrderedMap<>() : new OrderedMap<>(map);
    }

    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject().member("objectType", "Activity").member("id", id);
        if (type != null || !name.isEmpty() || !description.isEmpty() || !interaction.isEmpty()) {
            out.name("definition").beginObject();
            if (type != null) {
                out.member("type", type);
            }
            if (!name.isEmpty()) {
                out.member("name", name);
            }
            if (!description.isEmpty()) {
                out.member("description", description);
            }
            for (Map.Entry<String, Object> member : interaction.entrySet()) {
                out.member(member.getKey(), member.getValue());
            }
            out.endObject();
        }
        out.endObject();
    }

    /** Just the id, as activities are referenced in context (the LRS knows their definition from the object). */
    void writeReference(JsonWriter out) {
        out.beginObject().member("objectType", "Activity").member("id", id).endObject();
    }
}
