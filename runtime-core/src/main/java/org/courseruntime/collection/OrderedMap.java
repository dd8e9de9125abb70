package org.courseruntime.collection;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The runtime's map, in insertion order: its JSON objects (what {@code JsonReader} reads, statement extensions,
 * language maps), request headers, answers by question id. A {@link LinkedHashMap} on the JVM; in the browser,
 * {@code org.courseruntime.web.BrowserSubstitutes} puts a map backed by a JS {@code Map} in its place, which compares
 * keys as JS values. So its keys are Strings or enum constants, the keys a JS {@code Map} compares as {@code equals}
 * does; any other key is refused here, as it would be compared by identity in the browser.
 */
public class OrderedMap<K, V> extends LinkedHashMap<K, V> {
    public OrderedMap() {
    }

    public OrderedMap(Map<? extends K, ? extends V> map) {
        putAll(map);
    }

    @Override
    public V put(K key, V value) {
        return super.put(checked(key), value);
    }

    @Override
    public void putAll(Map<? extends K, ? extends V> map) {
        for (K key : map.keySet()) {
            checked(key);
        }
        super.putAll(map);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        return super.putIfAbsent(checked(key), value);
    }

    @Override
    public V computeIfAbsent(K key, Function<? super K, ? extends V> mapping) {
        return super.computeIfAbsent(checked(key), mapping);
    }

    @Override
    public V compute(K key, BiFunction<? super K, ? super V, ? extends V> remapping) {
        return super.compute(checked(key), remapping);
    }

    @Override
    public V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> remapping) {
        return super.merge(checked(key), value, remapping);
    }

    private static <K> K checked(K key) {
        if (!(key instanceof String || key instanceof Enum<?>)) {
            throw new IllegalArgumentException("OrderedMap keys are Strings or enum constants: the browser's JS Map would"
                    + " compare a " + (key == null ? "null" : "other") + " key by identity, not equals");
        }
        return key;
    }
}
