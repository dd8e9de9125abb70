package org.courseruntime.interaction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.courseruntime.json.JsonWriter;

/**
 * Reads a learner response (a JSON value handed in by the page) in the shape a question type expects, with an error
 * that says what was expected and what came.
 */
final class ResponseShape {
    private ResponseShape() {
    }

    /** A list of strings; a single string counts as a list of one. */
    static List<String> strings(Object response, String expected) {
        if (response instanceof String one) {
            return Arrays.asList(one);
        }
        List<String> out = new ArrayList<>();
        if (response instanceof List<?> list) {
            for (Object item : list) {
                if (!(item instanceof String text)) {
                    throw mismatch(expected, response);
                }
                out.add(text);
            }
            return out;
        }
        throw mismatch(expected, response);
    }

    /** Ids that must each be one of {@code known} and appear once. */
    static List<String> ids(Object response, List<Component> known, String expected) {
        List<String> ids = strings(response, expected);
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            requireKnown(id, known, "id");
            if (ids.indexOf(id) != i) {
                throw new InvalidResponseException("The response names \"" + id + "\" twice");
            }
        }
        return ids;
    }

    /**
     * Whether two lists of ids hold the same ids, in the same order when {@code ordered}. Compared as strings, not
     * with List.equals, sets or List.contains: those compare elements as any Object, and TeaVM then compiles in the
     * equals and hashCode of every type ever put in a list (several KB).
     */
    static boolean sameIds(List<String> a, List<String> b, boolean ordered) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            String id = a.get(i);
            if (ordered ? !id.equals(b.get(i)) : b.indexOf(id) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether two lists hold the same strings, as sets: neither order nor repeats count. */
    static boolean sameSet(List<String> a, List<String> b) {
        return allIn(a, b) && allIn(b, a);
    }

    private static boolean allIn(List<String> items, List<String> in) {
        for (String item : items) {
            if (in.indexOf(item) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A list of [left, right] pairs of strings. */
    static List<String[]> pairs(Object response, String expected) {
        if (!(response instanceof List<?> list)) {
            throw mismatch(expected, response);
        }
        List<String[]> pairs = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof List<?> pair) || pair.size() != 2 || !(pair.get(0) instanceof String left)
                    || !(pair.get(1) instanceof String right)) {
                throw mismatch(expected, response);
            }
            pairs.add(new String[] {left, right});
        }
        return pairs;
    }

    static void requireKnown(String id, List<Component> known, String what) {
        for (Component component : known) {
            if (component.id().equals(id)) {
                return;
            }
        }
        StringBuilder ids = new StringBuilder();
        for (Component component : known) {
            ids.append(ids.length() == 0 ? "" : ", ").append(component.id());
        }
        throw new InvalidResponseException("\"" + id + "\" is not a " + what + " of this question (" + ids + ")");
    }

    static InvalidResponseException mismatch(String expected, Object response) {
        String given = JsonWriter.write(response);
        if (given.length() > 80) {
            given = given.substring(0, 80) + "...";
        }
        return new InvalidResponseException("Expected " + expected + ", got " + given);
    }

    /** Whether two texts are the same answer: ignoring surrounding spaces, and case unless {@code caseMatters}. */
    static boolean sameText(String a, String b, boolean caseMatters) {
        String x = a.trim();
        String y = b.trim();
        return caseMatters ? x.equals(y) : CaseFolding.equalIgnoringCase(x, y);
    }
}
