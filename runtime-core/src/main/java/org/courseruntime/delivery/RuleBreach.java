package org.courseruntime.delivery;

import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.port.HttpResponse;

/**
 * A cmi5 LMS's refusal of one request for a rule it names: ADL's reference player answers a breach with HTTP 403 (400
 * for a malformed statement) and a JSON body such as
 * {@code {"message": "9.3.0.0-4 - The \"Initialized\" verb MUST be the first statement...", "violatedReqId": "9.3.0.0-4"}}.
 * Such a 403 is about the request, not the credentials.
 */
public final class RuleBreach {
    private RuleBreach() {
    }

    /** {@code cmi5 rule 9.3.0.0-4: <the LMS's message>}, or {@code null} when the answer names no rule. */
    public static String of(HttpResponse response) {
        Object body;
        try {
            body = JsonReader.parse(response.body() == null ? "" : response.body());
        } catch (JsonSyntaxException notJson) {
            return null;
        }
        if (body instanceof Map<?, ?> map && map.get("violatedReqId") instanceof String rule && !rule.isEmpty()) {
            return "cmi5 rule " + rule + (map.get("message") instanceof String message ? ": " + message : "");
        }
        return null;
    }
}
