package org.courseruntime.statement;

import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/**
 * The learner as an xAPI Agent, identified by exactly one of an e-mail ({@code mbox}) or an {@link Account}.
 *
 * <p>Example: {@code Agent.withEmail("Ada", "ada@example.com")} writes
 * {@code {"objectType":"Agent","name":"Ada","mbox":"mailto:ada@example.com"}}.
 *
 * @param asGiven the agent's JSON text exactly as an LMS wrote it at launch (members and their order; compact),
 *                written instead of the fields, or {@code null}. xAPI
 *                calls {@code {"account": ...}} and {@code {"objectType": "Agent", "account": ...}} the same agent,
 *                but a cmi5 LMS may compare the JSON: ADL's reference player refuses an actor with a member added
 */
public record Agent(String name, String mbox, Account account, String asGiven) implements JsonWritable {
    public Agent {
        if ((mbox == null) == (account == null)) {
            throw new IllegalArgumentException("An agent has exactly one identifier: an mbox or an account");
        }
    }

    /** An agent identified by e-mail; {@code name} may be {@code null}. */
    public static Agent withEmail(String name, String email) {
        return new Agent(name, "mailto:" + email, null, null);
    }

    /** An agent identified by an account on {@code homePage}; {@code name} (display) may be {@code null}. */
    public static Agent withAccount(String name, String homePage, String accountName) {
        return new Agent(name, null, new Account(homePage, accountName), null);
    }

    /** The same agent, written as {@code json} (the same agent as an LMS wrote it, member for member). */
    public Agent writtenAs(String json) {
        return new Agent(name, mbox, account, json);
    }

    /** Writes the agent as xAPI JSON. */
    @Override
    public void writeTo(JsonWriter out) {
        if (asGiven != null) {
            out.json(asGiven);
            return;
        }
        out.beginObject().member("objectType", "Agent");
        if (name != null) {
            out.member("name", name);
        }
        if (mbox != null) {
            out.member("mbox", mbox);
        } else {
            out.name("account").beginObject().member("homePage", account.homePage()).member("name", account.name())
                    .endObject();
        }
        out.endObject();
    }
}
