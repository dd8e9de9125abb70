package org.courseruntime.demo.lrs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements the preview LRS accepted, in the order it stored them. Storing a batch is all or nothing, and a
 * statement id already stored with the same content is accepted again without a copy (a resend is idempotent).
 */
final class StatementStore {
    /** Why a batch was refused because of ids already stored with other content. */
    static final class ConflictException extends Exception {
        ConflictException(String message) {
            super(message);
        }
    }

    private final Map<String, Map<String, Object>> byId = new LinkedHashMap<>();

    /** Stores {@code statements} (each with its id set); all or none. */
    synchronized void storeAll(List<Map<String, Object>> statements, String storedAt) throws ConflictException {
        Map<String, Map<String, Object>> fresh = new LinkedHashMap<>();
        for (Map<String, Object> statement : statements) {
            String id = (String) statement.get("id");
            Map<String, Object> earlier = byId.containsKey(id) ? byId.get(id) : fresh.get(id);
            if (earlier != null && !sameContent(earlier, statement)) {
                throw new ConflictException("Statement " + id + " is already stored with different content");
            }
            if (earlier == null) {
                Map<String, Object> stored = new LinkedHashMap<>(statement);
                stored.put("stored", storedAt);
                stored.putIfAbsent("timestamp", storedAt);
                stored.put("version", "1.0.3");
                fresh.put(id, stored);
            }
        }
        byId.putAll(fresh);
    }

    synchronized Map<String, Object> find(String id) {
        return byId.get(id);
    }

    /** Every statement, newest first. */
    synchronized List<Map<String, Object>> newestFirst() {
        List<Map<String, Object>> all = new ArrayList<>(byId.values());
        java.util.Collections.reverse(all);
        return all;
    }

    private static boolean sameContent(Map<String, Object> stored, Map<String, Object> offered) {
        Map<String, Object> a = new LinkedHashMap<>(stored);
        Map<String, Object> b = new LinkedHashMap<>(offered);
        for (String lrsSet : List.of("stored", "version", "authority")) {
            a.remove(lrsSet);
            b.remove(lrsSet);
        }
        if (!b.containsKey("timestamp")) {
            a.remove("timestamp");
        }
        return a.equals(b);
    }
}
