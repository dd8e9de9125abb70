package org.courseruntime.interaction;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;

/** Builds the interaction members of an activity definition, in the order xAPI documents them. */
final class Definition {
    private final Map<String, Object> json = new OrderedMap<>();

    Definition(InteractionType type, String correctPattern) {
        json.put("interactionType", type.key());
        if (correctPattern != null) {
            json.put("correctResponsesPattern", Arrays.asList(correctPattern));
        }
    }

    /** Adds a component list such as {@code choices} (each component writes itself as JSON). */
    Definition with(String listName, List<Component> components) {
        json.put(listName, components);
        return this;
    }

    Map<String, Object> build() {
        return json;
    }
}
