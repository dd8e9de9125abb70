package org.courseruntime.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * fill-in and long-fill-in: the response is one text per blank, {@code Paris[,]London}. Each blank is right when
 * it equals the correct text, ignoring surrounding spaces and, unless {@code caseMatters}, case. Without correct
 * texts ({@code null}: an open question or an essay) the answer is recorded, never judged.
 */
public record FillInInteraction(InteractionType type, List<String> correct, boolean caseMatters) implements Interaction {
    public FillInInteraction {
        correct = correct == null ? null : new ArrayList<>(correct);
    }

    @Override
    public Map<String, Object> definition() {
        return new Definition(type, correct == null ? null
                : (caseMatters ? "{case_matters=true}" : "") + ResponseText.items(escaped(correct))).build();
    }

    @Override
    public boolean isScored() {
        return correct != null;
    }

    @Override
    public Answer judge(Object response) {
        List<String> texts = ResponseShape.strings(response, "a text, or a list of texts (one per blank)");
        String formatted = ResponseText.items(escaped(texts));
        if (correct == null) {
            return new Answer(formatted, null);
        }
        boolean right = texts.size() == correct.size();
        for (int i = 0; right && i < texts.size(); i++) {
            right = ResponseShape.sameText(texts.get(i), correct.get(i), caseMatters);
        }
        return new Answer(formatted, right);
    }

    private static List<String> escaped(List<String> texts) {
        List<String> out = new ArrayList<>(texts.size());
        for (String text : texts) {
            out.add(ResponseText.escape(text));
        }
        return out;
    }
}
