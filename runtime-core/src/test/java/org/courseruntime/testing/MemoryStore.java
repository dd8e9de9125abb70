package org.courseruntime.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.courseruntime.port.KeyValueStore;

/**
 * A key-value store in memory, shared by the tabs of one test browser as localStorage is. It can be made to refuse
 * writes (full or blocked storage), and counts writes so a test can see what one enqueue costs.
 */
public final class MemoryStore implements KeyValueStore {
    private final Map<String, String> values = new HashMap<>();
    private boolean refusing;
    private int writes;

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public boolean put(String key, String value) {
        writes++;
        if (refusing) {
            return false;
        }
        values.put(key, value);
        return true;
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }

    @Override
    public List<String> keys(String prefix) {
        List<String> keys = new ArrayList<>();
        for (String key : values.keySet()) {
            if (key.startsWith(prefix)) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** From now on every write fails, as a full or blocked localStorage does. */
    public void refuseWrites() {
        refusing = true;
    }

    public int writes() {
        return writes;
    }

    /** Every stored value, for checks that something (a password) is never stored. */
    public Map<String, String> contents() {
        return Map.copyOf(values);
    }
}
