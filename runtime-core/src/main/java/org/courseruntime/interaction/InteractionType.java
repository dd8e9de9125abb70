package org.courseruntime.interaction;

/** The ten xAPI interaction types, by the name used in course definitions and in {@code interactionType}. */
public enum InteractionType {
    TRUE_FALSE("true-false"),
    CHOICE("choice"),
    FILL_IN("fill-in"),
    LONG_FILL_IN("long-fill-in"),
    MATCHING("matching"),
    PERFORMANCE("performance"),
    SEQUENCING("sequencing"),
    LIKERT("likert"),
    NUMERIC("numeric"),
    OTHER("other");

    private final String key;

    InteractionType(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The type named {@code key}, or {@code null}. */
    public static InteractionType byKey(String key) {
        for (InteractionType type : values()) {
            if (type.key.equals(key)) {
                return type;
            }
        }
        return null;
    }

    /** The names, comma-separated, for error messages. */
    public static String allKeys() {
        StringBuilder out = new StringBuilder();
        for (InteractionType type : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(type.key);
        }
        return out.toString();
    }
}
