package org.courseruntime.launch;

import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.Problems;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Iri;

/**
 * Reads a learner handed in as xAPI JSON, by a launch URL or by the page: an Agent with an {@code mbox} or an
 * {@code account}. Also accepts the older form some LMSs still send, where every value is a one-element array
 * ({@code {"name": ["Ada"], "mbox": ["mailto:ada@example.com"]}}, {@code "account": [{"accountServiceHomePage": ...,
 * "accountName": ...}]}).
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
            return Agent.withEmail(name, mbox.substring(7));
        }
        if (account instanceof Map<?, ?> map) {
            String homePage = text(map.containsKey("homePage") ? map.get("homePage") : map.get("accountServiceHomePage"));
            String accountName = text(map.containsKey("name") ? map.get("name") : map.get("accountName"));
            if (!Iri.isHttpUrl(homePage) || accountName == null || accountName.isEmpty()) {
                problems.add("actor.account", "needs a homePage URL and a name");
                return null;
            }
            return Agent.withAccount(name, homePage, accountName);
        }
        problems.add("actor", "needs an mbox or an account to identify the learner");
        return null;
    }

    private static Object single(Object value) {
        return value instanceof List<?> list ? (list.isEmpty() ? null : list.get(0)) : value;
    }

    private static String text(Object value) {
        Object single = single(value);
        return single instanceof String text ? text : null;
    }
}
