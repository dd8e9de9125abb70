package org.courseruntime.tools.preview;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.statement.Iri;
import org.courseruntime.statement.Uuid;

/** The rules of the State API's parameters and of POST, which merges JSON objects. */
final class StateParameters {
    private StateParameters() {
    }

    /**
     * What is wrong with the parameters of a {@code method} request, or {@code null}. A GET without a state id asks for
     * the ids of the agent's documents (xAPI's multiple-document GET); the preview takes no other request without one.
     */
    static String problem(String method, Map<String, String> query) {
        if (!Iri.isAbsolute(query.get("activityId"))) {
            return "activityId must be an absolute IRI";
        }
        if ((query.get("stateId") == null || query.get("stateId").isEmpty()) && !"GET".equals(method)) {
            return "stateId is required";
        }
        String registration = query.get("registration");
        if (registration != null && !Uuid.isValid(registration)) {
            return "registration must be a UUID";
        }
        try {
            Object agent = JsonReader.parse(query.get("agent"));
            if (!(agent instanceof Map<?, ?>)) {
                return "agent must be a JSON object";
            }
        } catch (JsonSyntaxException e) {
            return "agent must be an Agent as JSON: " + e.getMessage();
        }
        return null;
    }

    /**
     * Who {@code agent} is, as xAPI identifies an agent: by its one identifier, so that {@code {"mbox": ...}} and
     * {@code {"objectType": "Agent", "name": ..., "mbox": ...}} name the same learner's documents. Text that is not
     * an agent (a key saved before, already an identity) is returned as it is.
     */
    static String identity(String agent) {
        try {
            if (JsonReader.parse(agent) instanceof Map<?, ?> json) {
                if (json.get("account") instanceof Map<?, ?> account) {
                    return "account " + account.get("homePage") + " " + account.get("name");
                }
                for (String identifier : new String[] {"mbox", "mbox_sha1sum", "openid"}) {
                    if (json.get(identifier) instanceof String value) {
                        return identifier + " " + value;
                    }
                }
            }
            return agent;
        } catch (JsonSyntaxException notAnAgent) {
            return agent;
        }
    }

    /** {@code posted} merged into the stored JSON object (top-level members replaced), or null if either is no object. */
    static String merge(StateStore.Document stored, String posted) {
        try {
            Object before = JsonReader.parse(new String(stored.content(), StandardCharsets.UTF_8));
            Object after = JsonReader.parse(posted);
            if (!(before instanceof Map<?, ?> old) || !(after instanceof Map<?, ?> fresh)) {
                return null;
            }
            Map<Object, Object> merged = new LinkedHashMap<>(old);
            merged.putAll(fresh);
            return JsonWriter.write(merged);
        } catch (JsonSyntaxException e) {
            return null;
        }
    }
}
