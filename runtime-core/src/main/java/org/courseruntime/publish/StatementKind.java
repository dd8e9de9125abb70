package org.courseruntime.publish;

import org.courseruntime.statement.Verb;

/**
 * The seven statements an author can select (the product page's table), each with its default verb from the ADL
 * vocabulary. "started" uses {@code attempted}: in ADL's words it marks the start of an attempt on the activity,
 * which is what "the learner starts the course" means; Easygenerator's {@code launched} describes an LMS launching
 * content. An author may override any verb IRI in the publish settings.
 */
public enum StatementKind {
    STARTED("started", "http://adlnet.gov/expapi/verbs/attempted"),
    PROGRESSED("progressed", "http://adlnet.gov/expapi/verbs/progressed"),
    EXPERIENCED("experienced", "http://adlnet.gov/expapi/verbs/experienced"),
    ANSWERED("answered", "http://adlnet.gov/expapi/verbs/answered"),
    MASTERED("mastered", "http://adlnet.gov/expapi/verbs/mastered"),
    PASSED("passed", "http://adlnet.gov/expapi/verbs/passed"),
    FAILED("failed", "http://adlnet.gov/expapi/verbs/failed");

    private final String key;
    private final String defaultVerbId;

    StatementKind(String key, String defaultVerbId) {
        this.key = key;
        this.defaultVerbId = defaultVerbId;
    }

    /** The name used in publish settings, e.g. {@code "started"}. */
    public String key() {
        return key;
    }

    /** The ADL verb this statement uses unless the author overrides it, displayed as {@link #key()}. */
    public Verb defaultVerb() {
        return new Verb(defaultVerbId, key);
    }

    /** The kind named {@code key} in publish settings, or {@code null}. */
    public static StatementKind byKey(String key) {
        for (StatementKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        return null;
    }

    /** The names authors may use, comma-separated, for error messages. */
    public static String allKeys() {
        StringBuilder out = new StringBuilder();
        for (StatementKind kind : values()) {
            out.append(out.length() == 0 ? "" : ", ").append(kind.key);
        }
        return out.toString();
    }
}
