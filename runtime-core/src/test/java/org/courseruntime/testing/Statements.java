package org.courseruntime.testing;

import java.util.Map;

/** Reading parts of a statement (a parsed JSON tree) in tests. */
public final class Statements {
    private Statements() {
    }

    public static String verb(Map<?, ?> statement) {
        return (String) ((Map<?, ?>) ((Map<?, ?>) statement.get("verb")).get("display")).get("en-US");
    }

    /** The cmi5 progress extension of a progressed statement, or {@code null}. */
    public static Object progress(Map<?, ?> statement) {
        Object extensions = at(statement, "result.extensions");
        return extensions instanceof Map<?, ?> map ? map.get("https://w3id.org/xapi/cmi5/result/extensions/progress") : null;
    }

    /** The value at a dotted path such as {@code result.score.scaled}, or {@code null}. */
    public static Object at(Map<?, ?> statement, String path) {
        Object value = statement;
        for (String key : path.split("\\.")) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(key);
        }
        return value;
    }
}
