package org.courseruntime.interaction;

import java.util.Map;

/** true-false: the response is {@code true} or {@code false}. */
public record TrueFalseInteraction(boolean correct) implements Interaction {
    @Override
    public InteractionType type() {
        return InteractionType.TRUE_FALSE;
    }

    @Override
    public Map<String, Object> definition() {
        return new Definition(type(), Boolean.toString(correct)).build();
    }

    @Override
    public boolean isScored() {
        return true;
    }

    @Override
    public Answer judge(Object response) {
        if (!(response instanceof Boolean value)) {
            throw ResponseShape.mismatch("true or false", response);
        }
        return new Answer(value.toString(), value == correct);
    }
}
