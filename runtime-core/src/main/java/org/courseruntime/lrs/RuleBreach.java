package org.courseruntime.lrs;

import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.port.HttpResponse;

/**
 * A cmi5 LMS's refusal of one request for a rule it names: ADL's reference player answers a breach with HTTP 403 (400
 * for a malformed statement) and a JSON body such as
 * {@code {"message": "9.3.0.0-4 - The \"Initialized\" verb MUST be the first statement...", "violatedReqId": "9.3.0.0-4"}}.
 */
public final class RuleBreach {
    /** How much of what an LRS or LMS says is kept: it goes to the console, the status and storage. */
    private static final int MAX_MESSAGE = 300;

    private final String rule;
    private final String message;

    private RuleBreach(String rule, String message) {
        this.rule = rule;
        this.message = message;
    }

    /** The rule {@code response} names, or {@code null} when it names none. */
    public static RuleBreach of(HttpResponse response) {
        Object body;
        try {
            body = JsonReader.parse(response.body() == null ? "" : response.body());
        } catch (JsonSyntaxException notJson) {
            return null;
        }
        if (body instanceof Map<?, ?> map && map.get("violatedReqId") instanceof String rule && !rule.isEmpty()) {
            String message = map.get("message") instanceof String text ? text : "";
            return new RuleBreach(rule, capped(message));
        }
        return null;
    }

    /** What {@code response} said, for the author: {@code , <the rule>}, else {@code : <the start of its body>}. */
    public static String said(HttpResponse response) {
        RuleBreach breach = of(response);
        if (breach != null) {
            return ", " + breach;
        }
        String trimmed = response.body() == null ? "" : response.body().trim();
        return trimmed.isEmpty() ? "" : ": " + capped(trimmed);
    }

    /** The start of {@code text}, what an LRS or LMS said, as the author is shown it. */
    private static String capped(String text) {
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
    }

    /**
     * Whether the rule is about the session rather than one statement, so that every later request would be refused
     * too: the token and session (8.x: used after terminated, another actor or registration), the learner
     * preferences not read (11.x), and "initialized" not first (9.3.0.0-4: the session never began).
     */
    public boolean endsSession() {
        return rule.startsWith("8.") || rule.startsWith("11.") || rule.equals("9.3.0.0-4");
    }

    /** {@code cmi5 rule 9.3.0.0-4: <the LMS's message>}. */
    @Override
    public String toString() {
        return "cmi5 rule " + rule + (message.isEmpty() ? "" : ": " + message);
    }
}
