package org.courseruntime.cmi5;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.port.KeyValueStore;

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

    /** The record of the session launched with {@code fetchUrl}, empty when this tab has none (or it is unreadable). */
    static SessionRecord load(KeyValueStore store, String fetchUrl) {
        SessionRecord record = new SessionRecord(store, fetchUrl);
        String text = store.get(record.key);
        if (text != null) {
            try {
                Map<?, ?> json = (Map<?, ?>) JsonReader.parse(text);
                record.token = (String) json.get("token");
                record.initializedAtMillis = ((Number) json.get("initializedAt")).longValue();
                record.terminated = Boolean.TRUE.equals(json.get("terminated"));
            } catch (JsonSyntaxException | RuntimeException unreadable) {
                record.token = null; // a damaged record: fetch again, and the LMS says whether the session goes on
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
