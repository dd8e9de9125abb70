package org.courseruntime.launch;

import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.json.Problems;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Iri;

/**
 * Reads a learner handed in as xAPI JSON, by a launch URL or by the page: an Agent with an {@code mbox} or an
 * {@code account}. Also accepts the older form some LMSs still send, where every value is a one-element array
 * ({@code {"name": ["Ada"], "mbox": ["mailto:ada@example.com"]}}, {@code "account": [{"accountServiceHomePage": ...,
 * "accountName": ...}]}), and normalizes it to xAPI's. A learner already in xAPI's form is written back exactly as
 * given (see {@link Agent#asGiven()}): an LMS may compare the actor of every statement with its own as JSON.
 */
final class LaunchActor {
    private LaunchActor() {
    }

    /** The agent in {@code json}, or {@code null} with the problems recorded under {@code actor}. */
    static Agent read(String json, Problems problems) {
        if (json == null || json.isEmpty()) {
            problems.add("actor", "missing (the learner as xAPI JSON)");
            return null;
        }
        Object value;
        try {
            value = JsonReader.parse(json);
        } catch (JsonSyntaxException e) {
            problems.add("actor", "is not JSON: " + e.getMessage());
            return null;
        }
        if (!(value instanceof Map<?, ?> actor)) {
            problems.add("actor", "must be a JSON object");
            return null;
        }
        String name = text(actor.get("name"));
        String mbox = text(actor.get("mbox"));
        Object account = single(actor.get("account"));
        if (mbox != null) {
            if (!mbox.startsWith("mailto:") || mbox.indexOf('@') < 8) {
                problems.add("actor.mbox", "must be a mailto: address such as mailto:ada@example.com");
                return null;
            }
            return asGiven(Agent.withEmail(name, mbox.substring(7)), actor);
        }
        if (account instanceof Map<?, ?> map) {
            String homePage = text(map.containsKey("homePage") ? map.get("homePage") : map.get("accountServiceHomePage"));
            String accountName = text(map.containsKey("name") ? map.get("name") : map.get("accountName"));
            if (!Iri.isHttpUrl(homePage) || accountName == null || accountName.isEmpty()) {
                problems.add("actor.account", "needs a homePage URL and a name");
                return null;
            }
            return asGiven(Agent.withAccount(name, homePage, accountName), actor);
        }
        problems.add("actor", "needs an mbox or an account to identify the learner");
        return null;
    }

    /**
     * {@code agent}, written as {@code json} when that is a valid xAPI agent of the same identifier: only
     * {@code objectType} "Agent", a {@code name} and the one identifier read, each as xAPI types it.
     */
    private static Agent asGiven(Agent agent, Map<?, ?> json) {
        int members = 1;
        Object objectType = json.get("objectType");
        if (objectType != null) {
            members++;
            if (!"Agent".equals(objectType)) {
                return agent;
            }
        }
        if (json.containsKey("name")) {
            members++;
            if (!(json.get("name") instanceof String)) {
                return agent;
            }
        }
        boolean identifierAsXapi = agent.mbox() != null ? json.get("mbox") instanceof String
                : json.get("account") instanceof Map<?, ?> account && account.size() == 2
                && account.get("homePage") instanceof String && account.get("name") instanceof String;
        return identifierAsXapi && json.size() == members ? agent.writtenAs(JsonWriter.write(json)) : agent;
    }

    private static Object single(Object value) {
        return value instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : value;
    }

    private static String text(Object value) {
        Object single = single(value);
        return single instanceof String text ? text : null;
    }
}
