package org.courseruntime.cmi5;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.port.KeyValueStore;
import org.courseruntime.port.Log;

/**
 * What a reload of the same cmi5 session must know, kept in the tab's session storage under the session's one-time
 * fetch URL: the token (the fetch URL gives it only once), when "initialized" was made, and whether the session was
 * terminated. Session storage ends with the tab, as the token's validity does.
 */
final class SessionRecord {
    private static final String PREFIX = "courseruntime.cmi5.";

    private final KeyValueStore store;
    private final String key;
    String token;
    long initializedAtMillis;
    boolean terminated;

    private SessionRecord(KeyValueStore store, String fetchUrl) {
        this.store = store;
        this.key = PREFIX + fetchUrl;
    }

    /**
     * The record of the session launched with {@code fetchUrl}, empty when this tab has none, or when it cannot be read
     * (reported to the console: the token is fetched again, and the LMS says whether the session goes on).
     */
    static SessionRecord load(KeyValueStore store, Log log, String fetchUrl) {
        SessionRecord record = new SessionRecord(store, fetchUrl);
        String text = store.get(record.key);
        if (text != null) {
            try {
                Map<?, ?> json = (Map<?, ?>) JsonReader.parse(text);
                record.token = (String) json.get("token");
                record.initializedAtMillis = ((Number) json.get("initializedAt")).longValue();
                record.terminated = Boolean.TRUE.equals(json.get("terminated"));
            } catch (JsonSyntaxException | RuntimeException unreadable) {
                // Not its key: the fetch URL hands out the session's token.
                log.error("This tab's record of the cmi5 session cannot be read (" + unreadable.getMessage()
                        + "): the session's token is asked for again.");
                record.token = null;
            }
        }
        return record;
    }

    void save() {
        Map<String, Object> json = new OrderedMap<>();
        json.put("token", token);
        json.put("initializedAt", initializedAtMillis);
        json.put("terminated", terminated);
        store.put(key, JsonWriter.write(json));
    }
}
