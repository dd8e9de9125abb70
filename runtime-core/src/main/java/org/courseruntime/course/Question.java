package org.courseruntime.course;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.interaction.Interaction;

/**
 * What makes a page a question: its prompt (a language map, may be empty), its weight in the course score
 * ({@code >= 0}), and its interaction.
 */
public record Question(Map<String, String> prompt, double weight, Interaction interaction) {
    public Question {
        prompt = new OrderedMap<>(prompt);
    }

    /** Whether the question counts in the course score: it has a correct response and a weight above 0. */
    public boolean counts() {
        return interaction.isScored() && weight > 0;
    }
}
