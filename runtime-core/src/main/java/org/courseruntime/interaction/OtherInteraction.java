package org.courseruntime.interaction;

import java.util.Map;

/**
 * other: the response is free text. With a correct text, right when it matches (ignoring case and surrounding
 * spaces); without, never scored.
 */
public record OtherInteraction(String correct) implements Interaction {
    @Override
    public InteractionType type() {
        return InteractionType.OTHER;
    }

    @Override
    public Map<String, Object> definition() {
        return new Definition(type(), correct == null ? null : ResponseText.escape(correct)).build();
    }

    @Override
    public boolean isScored() {
        return correct != null;
    }

    @Override
    public Answer judge(Object response) {
        if (!(response instanceof String text)) {
            throw ResponseShape.mismatch("a text", response);
        }
        return new Answer(ResponseText.escape(text), correct == null ? null : ResponseShape.sameText(text, correct, false));
    }
}
