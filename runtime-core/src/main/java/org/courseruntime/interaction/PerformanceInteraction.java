package org.courseruntime.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * performance: the response is a list of [step id, answer text] pairs, {@code step1[.]press[,]step2[.]hold}; right
 * when every step of the correct response was answered with its text (ignoring case and surrounding spaces) and no
 * other step was answered.
 */
public record PerformanceInteraction(List<Component> steps, List<String[]> correct) implements Interaction {
    public PerformanceInteraction {
        steps = new ArrayList<>(steps);
        correct = new ArrayList<>(correct);
    }

    @Override
    public InteractionType type() {
        return InteractionType.PERFORMANCE;
    }

    @Override
    public Map<String, Object> definition() {
        return new Definition(type(), format(correct)).with("steps", steps).build();
    }

    @Override
    public boolean isScored() {
        return true;
    }

    @Override
    public Answer judge(Object response) {
        List<String[]> pairs = ResponseShape.pairs(response, "a list of [step id, answer] pairs");
        for (String[] pair : pairs) {
            ResponseShape.requireKnown(pair[0], steps, "step");
        }
        boolean right = pairs.size() == correct.size();
        for (String[] expected : correct) {
            right &= answered(pairs, expected);
        }
        return new Answer(format(pairs), right);
    }

    private static boolean answered(List<String[]> pairs, String[] expected) {
        for (String[] pair : pairs) {
            if (pair[0].equals(expected[0]) && ResponseShape.sameText(pair[1], expected[1], false)) {
                return true;
            }
        }
        return false;
    }

    private static String format(List<String[]> pairs) {
        List<String[]> escaped = new ArrayList<>(pairs.size());
        for (String[] pair : pairs) {
            escaped.add(new String[] {pair[0], ResponseText.escape(pair[1])});
        }
        return MatchingInteraction.format(escaped);
    }
}
