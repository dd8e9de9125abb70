package org.courseruntime.json;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed, located access to one JSON object of an author's file. A missing or mistyped member is recorded in
 * {@link Problems} with its path (for example {@code lrs.endpoint: missing}) and read as {@code null}, so that
 * validation goes on and reports every problem at once.
 */
public final class JsonObjectView {
    private final Map<?, ?> members;
    private final String path;
    private final Problems problems;

    private JsonObjectView(Map<?, ?> members, String path, Problems problems) {
        this.members = members;
        this.path = path;
        this.problems = problems;
    }

    /** A view of {@code value} at {@code path}, or {@code null} (with a problem recorded) when it is not an object. */
    public static JsonObjectView of(Object value, String path, Problems problems) {
        if (value instanceof Map<?, ?> map) {
            return new JsonObjectView(map, path, problems);
        }
        problems.add(path, value == null ? "missing" : "must be a JSON object");
        return null;
    }

    /** The path of member {@code key}, for problems found by the caller. */
    public String pathOf(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    public boolean has(String key) {
        return members.get(key) != null;
    }

    /** A non-empty string member; a problem when it is missing, empty or not a string. */
    public String requiredString(String key) {
        Object value = members.get(key);
        if (value == null) {
            problems.add(pathOf(key), "missing");
            return null;
        }
        return nonEmptyString(key, value);
    }

    /** A string member, or {@code null} when absent; a problem when present but empty or not a string. */
    public String optionalString(String key) {
        Object value = members.get(key);
        return value == null ? null : nonEmptyString(key, value);
    }

    private String nonEmptyString(String key, Object value) {
        if (!(value instanceof String text)) {
            problems.add(pathOf(key), "must be a string");
            return null;
        }
        if (text.isEmpty()) {
            problems.add(pathOf(key), "must not be empty");
            return null;
        }
        return text;
    }

    /** A nested object, or {@code null} (a problem when required or mistyped). */
    public JsonObjectView object(String key, boolean required) {
        Object value = members.get(key);
        if (value == null && !required) {
            return null;
        }
        return of(value, pathOf(key), problems);
    }

    /** A view of item {@code index} of array member {@code key}, or {@code null} (with a problem) when not an object. */
    public JsonObjectView element(String key, int index) {
        List<?> list = (List<?>) members.get(key);
        return of(list.get(index), pathOf(key) + "[" + index + "]", problems);
    }

    /** An array member, or {@code null} (a problem when required or mistyped). */
    public List<?> array(String key, boolean required) {
        Object value = members.get(key);
        if (value instanceof List<?> list) {
            return list;
        }
        if (value != null || required) {
            problems.add(pathOf(key), value == null ? "missing" : "must be a JSON array");
        }
        return null;
    }

    /** The member names, in file order. */
    public Set<?> keys() {
        return members.keySet();
    }

    /**
     * The number at {@code key}, or null when it is missing or is a problem (recorded): not a number, or one of 1e15
     * or more, which no statement can carry.
     */
    public Double number(String key) {
        Object value = members.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Number number)) {
            problem(key, "must be a number");
            return null;
        }
        if (!JsonLimits.isWritable(number.doubleValue())) {
            problem(key, "must be less than 1e15 in size (statements cannot carry larger numbers)");
            return null;
        }
        return number.doubleValue();
    }

    /** The raw value of a member, for callers that check a union type themselves. */
    public Object raw(String key) {
        return members.get(key);
    }

    /** Records a problem for every member not in {@code allowed}: a misspelt key must not be silently ignored. */
    public void rejectUnknown(String... allowed) {
        List<String> names = Arrays.asList(allowed);
        for (Object key : members.keySet()) {
            // indexOf, not contains: TeaVM's List.contains compares with any type ever put in a list (all records' equals)
            if (names.indexOf(key) < 0) {
                problems.add(pathOf((String) key), "unknown member");
            }
        }
    }

    /** Records a problem at member {@code key}. */
    public void problem(String key, String what) {
        problems.add(pathOf(key), what);
    }
}
