package org.courseruntime.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * matching: the response is a list of [source id, target id] pairs, {@code s1[.]t2[,]s2[.]t1}; right when the set of
 * pairs is the correct set.
 */
public record MatchingInteraction(List<Component> source, List<Component> target, List<String[]> correct)
        implements Interaction {
    public MatchingInteraction {
        source = new ArrayList<>(source);
        target = new ArrayList<>(target);
        correct = new ArrayList<>(correct);
    }

    @Override
    public InteractionType type() {
        return InteractionType.MATCHING;
    }

    @Override
    public Map<String, Object> definition() {
        return new Definition(type(), format(correct)).with("source", source).with("target", target).build();
    }

    @Override
    public boolean isScored() {
        return true;
    }

    @Override
    public Answer judge(Object response) {
        List<String[]> pairs = ResponseShape.pairs(response, "a list of [source id, target id] pairs");
        for (String[] pair : pairs) {
            ResponseShape.requireKnown(pair[0], source, "source");
            ResponseShape.requireKnown(pair[1], target, "target");
        }
        return new Answer(format(pairs), ResponseShape.sameSet(keys(pairs), keys(correct)));
    }

    private static List<String> keys(List<String[]> pairs) {
        List<String> keys = new ArrayList<>(pairs.size());
        for (String[] pair : pairs) {
            keys.add(ResponseText.pair(pair[0], pair[1]));
        }
        return keys;
    }

    static String format(List<String[]> pairs) {
        List<String> items = new ArrayList<>(pairs.size());
        for (String[] pair : pairs) {
            items.add(ResponseText.pair(pair[0], pair[1]));
        }
        return ResponseText.items(items);
    }
}
