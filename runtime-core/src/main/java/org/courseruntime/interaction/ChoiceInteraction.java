package org.courseruntime.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * choice and sequencing: the response is a list of choice ids, {@code a[,]c}. For choice the ids chosen must be the
 * correct set in any order; for sequencing the correct order.
 */
public record ChoiceInteraction(InteractionType type, List<Component> choices, List<String> correct)
        implements Interaction {
    public ChoiceInteraction {
        choices = new ArrayList<>(choices);
        correct = new ArrayList<>(correct);
    }

    private boolean ordered() {
        return type == InteractionType.SEQUENCING;
    }

    @Override
    public Map<String, Object> definition() {
        return new Definition(type, ResponseText.items(correct)).with("choices", choices).build();
    }

    @Override
    public boolean isScored() {
        return true;
    }

    @Override
    public Answer judge(Object response) {
        List<String> ids = ResponseShape.ids(response, choices, ordered() ? "choice ids in order" : "a list of choice ids");
        boolean right = ResponseShape.sameIds(ids, correct, ordered());
        return new Answer(ResponseText.items(ids), right);
    }
}
