package org.courseruntime.testing;

import java.util.HashMap;
import java.util.Map;
import org.courseruntime.port.KeyValueStore;

/** A key-value store in memory, as localStorage behaves when it works. */
public final class MemoryStore implements KeyValueStore {
    private final Map<String, String> values = new HashMap<>();

    @Override
    public String get(String key) {
        return values.get(key);
    }

    @Override
    public boolean put(String key, String value) {
        values.put(key, value);
        return true;
    }

    @Override
    public void remove(String key) {
        values.remove(key);
    }
}
