package org.courseruntime.course;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.courseruntime.interaction.InteractionType;
import org.courseruntime.json.JsonObjectView;

/**
 * Checks the interaction part of a question in a course definition: {@code interactionType}, its component lists
 * and its {@code correct} response, in the shape each type takes (see docs/course-definition.md). Every problem is
 * recorded with its location.
 */
final class InteractionCheck {
    /** The question members that are not about the interaction. */
    private static final List<String> QUESTION_MEMBERS = Arrays.asList("id", "type", "title", "prompt", "explanation", "weight");

    private final JsonObjectView question;
    private boolean failed;

    private InteractionCheck(JsonObjectView question) {
        this.question = question;
    }

    /** Whether the interaction of {@code question} has no problem (those it has are recorded). */
    static boolean passes(JsonObjectView question) {
        InteractionCheck check = new InteractionCheck(question);
        check.check();
        return !check.failed;
    }

    private void check() {
        String key = question.requiredString("interactionType");
        InteractionType type = key == null ? null : InteractionType.byKey(key);
        if (key != null && type == null) {
            question.problem("interactionType", "\"" + key + "\" is not one of " + InteractionType.allKeys());
        }
        if (type == null) {
            failed = true;
            return;
        }
        // if, not switch: a switch on an enum adds a class of its own (the $SwitchMap) to the compiled runtime
        if (type == InteractionType.TRUE_FALSE) {
            allow();
            Object correct = question.raw("correct");
            if (!(correct instanceof Boolean)) {
                problem("correct", correct == null ? "missing" : "must be true or false");
            }
        } else if (type == InteractionType.CHOICE || type == InteractionType.SEQUENCING) {
            allow("choices");
            List<String> choices = components("choices");
            List<String> correct = idList("correct", choices, "choice");
            if (type == InteractionType.SEQUENCING && !failed && correct.size() != choices.size()) {
                problem("correct", "must put every choice in order, each once");
            }
        } else if (type == InteractionType.FILL_IN || type == InteractionType.LONG_FILL_IN) {
            allow("caseMatters");
            Object caseMatters = question.raw("caseMatters");
            if (caseMatters != null && !(caseMatters instanceof Boolean)) {
                problem("caseMatters", "must be true or false");
            }
            if (question.has("correct")) {
                texts("correct");
            }
        } else if (type == InteractionType.MATCHING) {
            allow("source", "target");
            List<String> source = components("source");
            List<String> target = components("target");
            pairs("correct", source, target);
        } else if (type == InteractionType.PERFORMANCE) {
            allow("steps");
            pairs("correct", components("steps"), null);
        } else if (type == InteractionType.LIKERT) {
            allow("scale");
            List<String> scale = components("scale");
            String correct = question.optionalString("correct");
            if (correct != null && scale.indexOf(correct) < 0) {
                problem("correct", "\"" + correct + "\" is not a scale id" + ids(scale));
            }
        } else if (type == InteractionType.NUMERIC) {
            allow();
            numeric();
        } else { // OTHER
            allow();
            question.optionalString("correct");
        }
    }

    private void allow(String... components) {
        List<String> allowed = new ArrayList<>(QUESTION_MEMBERS);
        allowed.add("interactionType");
        allowed.add("correct");
        allowed.addAll(Arrays.asList(components));
        for (Object key : question.keys()) {
            // indexOf, not contains: TeaVM's List.contains compares with any type ever put in a list (all records' equals)
            if (allowed.indexOf(key) < 0) {
                String type = question.requiredString("interactionType");
                problem((String) key, "is not a member of " + ("other".equals(type) ? "an " : "a ") + type + " question");
            }
        }
    }

    /** The ids of the components at {@code key}, checked. */
    private List<String> components(String key) {
        List<String> ids = new ArrayList<>();
        List<?> items = question.array(key, true);
        if (items == null) {
            failed = true;
            return ids;
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
            } else if (id != null && ids.indexOf(id) >= 0) {
                item.problem("id", "\"" + id + "\" is used twice in " + key);
                failed = true;
            }
            ids.add(id);
            CourseTextCheck.check(item, "text", true);
        }
        return ids;
    }

    private List<String> idList(String key, List<String> known, String what) {
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
            if (!(item instanceof String id) || known.indexOf(id) < 0) {
                problem(key, (item instanceof String id ? "\"" + id + "\"" : "an item") + " is not a " + what + " id" + ids(known));
            } else if (ids.indexOf(id) >= 0) { // indexOf, not contains: see allow()
                problem(key, "names \"" + id + "\" twice");
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private void texts(String key) {
        Object raw = question.raw(key);
        List<?> items = raw instanceof String ? Arrays.asList(raw) : raw instanceof List<?> list ? list : null;
        if (items == null || items.isEmpty()) {
            problem(key, raw == null ? "missing" : "must be a text or a list of texts, one per blank");
            return;
        }
        for (Object item : items) {
            if (!(item instanceof String text) || text.trim().isEmpty()) {
                problem(key, "every blank needs a non-empty text");
                return;
            }
        }
    }

    private void pairs(String key, List<String> left, List<String> right) {
        List<?> items = question.array(key, true);
        if (items == null) {
            failed = true;
            return;
        }
        if (items.isEmpty()) {
            problem(key, "needs at least one pair");
        }
        for (Object item : items) {
            if (!(item instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof String a)
                    || !(pair.get(1) instanceof String b)) {
                problem(key, "every item must be a pair [\"" + (right == null ? "step id\", \"answer" : "source id\", \"target id") + "\"]");
                return;
            }
            if (left.indexOf(a) < 0) {
                problem(key, "\"" + a + "\" is not a " + (right == null ? "step" : "source") + " id" + ids(left));
            } else if (right != null && right.indexOf(b) < 0) {
                problem(key, "\"" + b + "\" is not a target id" + ids(right));
            } else if (right == null && b.trim().isEmpty()) {
                problem(key, "the answer for step \"" + a + "\" is empty");
            }
        }
    }

    private void numeric() {
        if (question.raw("correct") instanceof Number) {
            bound(question, "correct");
            return;
        }
        JsonObjectView range = question.object("correct", true);
        if (range == null) {
            failed = true;
            return;
        }
        range.rejectUnknown("min", "max");
        Double min = bound(range, "min");
        Double max = bound(range, "max");
        if (range.raw("min") == null && range.raw("max") == null) {
            problem("correct", "needs a number, or a range with min, max or both");
        } else if (min != null && max != null && min > max) {
            problem("correct", "min must not be greater than max");
        }
    }

    /** The number at {@code key} of {@code view}, or null: missing, or a problem (recorded, and the check failed). */
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

    private static String ids(List<String> ids) {
        StringBuilder out = new StringBuilder(" (");
        for (String id : ids) {
            out.append(out.length() == 2 ? "" : ", ").append(id);
        }
        return out.append(')').toString();
    }
}
