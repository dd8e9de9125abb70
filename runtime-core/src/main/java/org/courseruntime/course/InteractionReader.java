package org.courseruntime.course;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
import org.courseruntime.json.JsonObjectView;

/**
 * Reads the interaction part of a question in a course definition: {@code interactionType}, its component lists and
 * its {@code correct} response, in the shape each type takes (see docs/course-definition.md). Every problem is
 * recorded with its location; the result is {@code null} when there was one.
 */
public final class InteractionReader {
    /** The question members that are not about the interaction. */
    public static final List<String> QUESTION_MEMBERS = Arrays.asList("id", "type", "title", "prompt", "weight");

    private final JsonObjectView question;
    private final String language;
    private boolean failed;

    private InteractionReader(JsonObjectView question, String language) {
        this.question = question;
        this.language = language;
    }

    /** The interaction of {@code question}, whose free texts are in {@code language} unless given as language maps. */
    public static Interaction read(JsonObjectView question, String language) {
        return new InteractionReader(question, language).read();
    }

    private Interaction read() {
        String key = question.requiredString("interactionType");
        InteractionType type = key == null ? null : InteractionType.byKey(key);
        if (key != null && type == null) {
            question.problem("interactionType", "\"" + key + "\" is not one of " + InteractionType.allKeys());
        }
        if (type == null) {
            return null;
        }
        // if, not switch: a switch on an enum adds a class of its own (the $SwitchMap) to the compiled runtime
        Interaction interaction;
        if (type == InteractionType.TRUE_FALSE) {
            allow();
            Object correct = question.raw("correct");
            if (!(correct instanceof Boolean)) {
                problem("correct", correct == null ? "missing" : "must be true or false");
            }
            interaction = new TrueFalseInteraction(Boolean.TRUE.equals(correct));
        } else if (type == InteractionType.CHOICE || type == InteractionType.SEQUENCING) {
            allow("choices");
            List<Component> choices = components("choices");
            List<String> correct = idList("correct", choices, "choice");
            if (type == InteractionType.SEQUENCING && !failed && correct.size() != choices.size()) {
                problem("correct", "must put every choice in order, each once");
            }
            interaction = new ChoiceInteraction(type, choices, correct);
        } else if (type == InteractionType.FILL_IN || type == InteractionType.LONG_FILL_IN) {
            allow("caseMatters");
            Object caseMatters = question.raw("caseMatters");
            if (caseMatters != null && !(caseMatters instanceof Boolean)) {
                problem("caseMatters", "must be true or false");
            }
            interaction = new FillInInteraction(type, question.has("correct") ? texts("correct") : null, Boolean.TRUE.equals(caseMatters));
        } else if (type == InteractionType.MATCHING) {
            allow("source", "target");
            List<Component> source = components("source");
            List<Component> target = components("target");
            interaction = new MatchingInteraction(source, target, pairs("correct", source, target));
        } else if (type == InteractionType.PERFORMANCE) {
            allow("steps");
            List<Component> steps = components("steps");
            interaction = new PerformanceInteraction(steps, pairs("correct", steps, null));
        } else if (type == InteractionType.LIKERT) {
            allow("scale");
            List<Component> scale = components("scale");
            String correct = question.optionalString("correct");
            if (correct != null && !contains(scale, correct)) {
                problem("correct", "\"" + correct + "\" is not a scale id" + ids(scale));
            }
            interaction = new LikertInteraction(scale, correct);
        } else if (type == InteractionType.NUMERIC) {
            allow();
            interaction = numeric();
        } else { // OTHER
            allow();
            interaction = new OtherInteraction(question.optionalString("correct"));
        }
        return failed ? null : interaction;
    }

    private void allow(String... components) {
        List<String> allowed = new ArrayList<>(QUESTION_MEMBERS);
        allowed.add("interactionType");
        allowed.add("correct");
        allowed.addAll(Arrays.asList(components));
        for (Object key : question.keys()) {
            // indexOf, not contains: TeaVM's List.contains compares with any type ever put in a list (all records' equals)
            if (allowed.indexOf(key) < 0) {
                problem((String) key, "is not a member of a " + question.requiredString("interactionType") + " question");
            }
        }
    }

    private List<Component> components(String key) {
        List<Component> components = new ArrayList<>();
        List<?> items = question.array(key, true);
        if (items == null) {
            failed = true;
            return components;
        }
        if (items.size() < 2) {
            problem(key, "needs at least 2 items");
        }
        for (int i = 0; i < items.size(); i++) {
            JsonObjectView item = question.element(key, i);
            if (item == null) {
                failed = true;
                continue;
            }
            item.rejectUnknown("id", "text");
            String id = item.requiredString("id");
            if (id != null && !LocalId.isValid(id)) {
                item.problem("id", "must be letters, digits, '-', '_' or '.' only");
                failed = true;
            } else if (id != null && contains(components, id)) {
                item.problem("id", "\"" + id + "\" is used twice in " + key);
                failed = true;
            }
            components.add(new Component(id, CourseText.read(item, "text", true, language)));
        }
        return components;
    }

    private List<String> idList(String key, List<Component> known, String what) {
        List<String> ids = new ArrayList<>();
        List<?> items = question.array(key, true);
        if (items == null) {
            failed = true;
            return ids;
        }
        if (items.isEmpty()) {
            problem(key, "needs at least one " + what + " id");
        }
        for (Object item : items) {
            if (!(item instanceof String id) || !contains(known, id)) {
                problem(key, (item instanceof String id ? "\"" + id + "\"" : "an item") + " is not a " + what + " id" + ids(known));
            } else if (ids.indexOf(id) >= 0) { // indexOf, not contains: see allow()
                problem(key, "names \"" + id + "\" twice");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private List<String> texts(String key) {
        Object raw = question.raw(key);
        List<String> texts = new ArrayList<>();
        List<?> items = raw instanceof String ? Arrays.asList(raw) : raw instanceof List<?> list ? list : null;
        if (items == null || items.isEmpty()) {
            problem(key, raw == null ? "missing" : "must be a text or a list of texts, one per blank");
            return texts;
        }
        for (Object item : items) {
            if (!(item instanceof String text) || text.trim().isEmpty()) {
                problem(key, "every blank needs a non-empty text");
                return texts;
            }
            texts.add(text);
        }
        return texts;
    }

    private List<String[]> pairs(String key, List<Component> left, List<Component> right) {
        List<String[]> pairs = new ArrayList<>();
        List<?> items = question.array(key, true);
        if (items == null) {
            failed = true;
            return pairs;
        }
        if (items.isEmpty()) {
            problem(key, "needs at least one pair");
        }
        for (Object item : items) {
            if (!(item instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof String a)
                    || !(pair.get(1) instanceof String b)) {
                problem(key, "every item must be a pair [\"" + (right == null ? "step id\", \"answer" : "source id\", \"target id") + "\"]");
                return pairs;
            }
            if (!contains(left, a)) {
                problem(key, "\"" + a + "\" is not a " + (right == null ? "step" : "source") + " id" + ids(left));
            } else if (right != null && !contains(right, b)) {
                problem(key, "\"" + b + "\" is not a target id" + ids(right));
            } else if (right == null && b.trim().isEmpty()) {
                problem(key, "the answer for step \"" + a + "\" is empty");
            } else {
                pairs.add(new String[] {a, b});
            }
        }
        return pairs;
    }

    private Interaction numeric() {
        if (question.raw("correct") instanceof Number) {
            Double exact = bound(question, "correct");
            return new NumericInteraction(exact, exact);
        }
        JsonObjectView range = question.object("correct", true);
        if (range == null) {
            failed = true;
            return null;
        }
        range.rejectUnknown("min", "max");
        Double min = bound(range, "min");
        Double max = bound(range, "max");
        if (range.raw("min") == null && range.raw("max") == null) {
            problem("correct", "needs a number, or a range with min, max or both");
        } else if (min != null && max != null && min > max) {
            problem("correct", "min must not be greater than max");
        }
        return new NumericInteraction(min, max);
    }

    /** The number at {@code key} of {@code view}, or null: missing, or a problem (recorded, and the reading failed). */
    private Double bound(JsonObjectView view, String key) {
        Double value = view.number(key);
        if (value == null && view.raw(key) != null) {
            failed = true;
        }
        return value;
    }

    private void problem(String key, String what) {
        question.problem(key, what);
        failed = true;
    }

    private static boolean contains(List<Component> components, String id) {
        for (Component component : components) {
            if (id.equals(component.id())) {
                return true;
            }
        }
        return false;
    }

    private static String ids(List<Component> components) {
        StringBuilder out = new StringBuilder(" (");
        for (Component component : components) {
            out.append(out.length() == 2 ? "" : ", ").append(component.id());
        }
        return out.append(')').toString();
    }
}
