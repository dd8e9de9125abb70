package org.courseruntime.collection;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The runtime's map, in insertion order: its JSON objects (what {@code JsonReader} reads, statement extensions,
 * language maps), request headers, answers by question id. A {@link LinkedHashMap} on the JVM; in the browser,
 * {@code org.courseruntime.web.BrowserSubstitutes} puts a map backed by a JS {@code Map} in its place, where keys are
 * compared as JS values: keys are Strings, or enum constants, nothing else; and nothing is removed (the browser's
 * throws on {@code remove} and {@code clear}).
 */
public class OrderedMap<K, V> extends LinkedHashMap<K, V> {
    public OrderedMap() {
    }

    public OrderedMap(Map<? extends K, ? extends V> map) {
        super(map);
    }
}
