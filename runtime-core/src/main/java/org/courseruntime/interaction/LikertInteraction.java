package org.courseruntime.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * likert: the response is one scale id, {@code agree}. Usually a survey question with no correct response, which is
 * then never scored; with one, right when it is chosen.
 */
public record LikertInteraction(List<Component> scale, String correct) implements Interaction {
    public LikertInteraction {
        scale = new ArrayList<>(scale);
    }

    @Override
    public InteractionType type() {
        return InteractionType.LIKERT;
    }

    @Override
    public Map<String, Object> definition() {
        return new Definition(type(), correct).with("scale", scale).build();
    }

    @Override
    public boolean isScored() {
        return correct != null;
    }

    @Override
    public Answer judge(Object response) {
        if (!(response instanceof String id)) {
            throw ResponseShape.mismatch("one scale id", response);
        }
        ResponseShape.requireKnown(id, scale, "scale point");
        return new Answer(id, correct == null ? null : correct.equals(id));
    }
}
