package org.courseruntime.course;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.courseruntime.interaction.ChoiceInteraction;
import org.courseruntime.interaction.Component;
import org.courseruntime.interaction.FillInInteraction;
import org.courseruntime.interaction.Interaction;
import org.courseruntime.interaction.InteractionType;
import org.courseruntime.interaction.LikertInteraction;
import org.courseruntime.interaction.MatchingInteraction;
import org.courseruntime.interaction.NumericInteraction;
import org.courseruntime.interaction.OtherInteraction;
import org.courseruntime.interaction.PerformanceInteraction;
import org.courseruntime.interaction.TrueFalseInteraction;

/** Builds the interaction of a question that {@link InteractionCheck} found no problem in. */
final class InteractionReader {
    private final Map<?, ?> question;
    private final String language;

    private InteractionReader(Map<?, ?> question, String language) {
        this.question = question;
        this.language = language;
    }

    /** The interaction of {@code question}, whose free texts are in {@code language} unless given as language maps. */
    static Interaction fromChecked(Map<?, ?> question, String language) {
        return new InteractionReader(question, language).interaction();
    }

    private Interaction interaction() {
        InteractionType type = InteractionType.byKey((String) question.get("interactionType"));
        Object correct = question.get("correct");
        // if, not switch: a switch on an enum adds a class of its own (the $SwitchMap) to the compiled runtime
        if (type == InteractionType.TRUE_FALSE) {
            return new TrueFalseInteraction(Boolean.TRUE.equals(correct));
        }
        if (type == InteractionType.CHOICE || type == InteractionType.SEQUENCING) {
            return new ChoiceInteraction(type, components("choices"), strings(correct));
        }
        if (type == InteractionType.FILL_IN || type == InteractionType.LONG_FILL_IN) {
            return new FillInInteraction(type, correct instanceof String text ? strings(Arrays.asList(text)) : strings(correct),
                    Boolean.TRUE.equals(question.get("caseMatters")));
        }
        if (type == InteractionType.MATCHING) {
            return new MatchingInteraction(components("source"), components("target"), pairs(correct));
        }
        if (type == InteractionType.PERFORMANCE) {
            return new PerformanceInteraction(components("steps"), pairs(correct));
        }
        if (type == InteractionType.LIKERT) {
            return new LikertInteraction(components("scale"), (String) correct);
        }
        if (type == InteractionType.NUMERIC) {
            if (correct instanceof Number exact) {
                return new NumericInteraction(exact.doubleValue(), exact.doubleValue());
            }
            Map<?, ?> range = (Map<?, ?>) correct;
            return new NumericInteraction(CourseDefinitionReader.number(range.get("min"), null),
                    CourseDefinitionReader.number(range.get("max"), null));
        }
        if (type == InteractionType.OTHER) {
            return new OtherInteraction((String) correct);
        }
        throw new IllegalArgumentException("not a checked interaction type: " + (String) question.get("interactionType"));
    }

    private List<Component> components(String key) {
        List<Component> components = new ArrayList<>();
        for (Object item : (List<?>) question.get(key)) {
            Map<?, ?> component = (Map<?, ?>) item;
            components.add(new Component((String) component.get("id"), CourseText.of(component.get("text"), language)));
        }
        return components;
    }

    /** A checked list of strings; {@code null} stays {@code null} (a question without a correct response). */
    private static List<String> strings(Object raw) {
        if (raw == null) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (Object item : (List<?>) raw) {
            strings.add((String) item);
        }
        return strings;
    }

    private static List<String[]> pairs(Object raw) {
        List<String[]> pairs = new ArrayList<>();
        for (Object item : (List<?>) raw) {
            List<?> pair = (List<?>) item;
            pairs.add(new String[] {(String) pair.get(0), (String) pair.get(1)});
        }
        return pairs;
    }
}
