package org.courseruntime.port;

/** A small persistent string store (localStorage in the browser). */
public interface KeyValueStore {
    /** The value stored under {@code key}, or {@code null}. */
    String get(String key);

    /** Stores {@code value} under {@code key}; returns false when the store refused it (full or blocked). */
    boolean put(String key, String value);

    void remove(String key);

    /** Every key that starts with {@code prefix}, in no particular order. */
    java.util.List<String> keys(String prefix);
}
