package org.courseruntime.web.collection;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;
import org.teavm.jso.JSObject;

/**
 * {@code org.courseruntime.collection.OrderedMap} as the browser runs it ({@link org.courseruntime.web.BrowserSubstitutes}
 * puts it in the core's place): its entries in a JS {@code Map} ({@link JsMap}), which keeps insertion order and
 * hashes strings natively, where TeaVM's {@code LinkedHashMap} brings its own hash table, entries, iterators and sets.
 * It removes as the JVM's does ({@code remove}, {@code clear}, through its iterators), and iterates over the entries
 * as they were when the iteration began. Keys are Strings or enum constants, which the JVM's refuses to break.
 */
public class OrderedMap<K, V> extends AbstractMap<K, V> {
    private final JSObject entries = JsMap.create();

    public OrderedMap() {
    }

    public OrderedMap(Map<? extends K, ? extends V> map) {
        putAll(map);
    }

    @Override
    public int size() {
        return JsMap.size(entries);
    }

    @Override
    public boolean containsKey(Object key) {
        return JsMap.get(entries, JsMap.key(key)) != null;
    }

    @Override
    public V get(Object key) {
        SimpleEntry<K, V> entry = JsMap.get(entries, JsMap.key(key));
        return entry == null ? null : entry.getValue();
    }

    @Override
    public V put(K key, V value) {
        JSObject jsKey = JsMap.key(key);
        SimpleEntry<K, V> entry = JsMap.get(entries, jsKey);
        if (entry == null) {
            JsMap.set(entries, jsKey, new SimpleEntry<>(key, value));
            return null;
        }
        return entry.setValue(value);
    }

    @Override
    public V remove(Object key) {
        JSObject jsKey = JsMap.key(key);
        SimpleEntry<K, V> entry = JsMap.get(entries, jsKey);
        if (entry == null) {
            return null;
        }
        JsMap.delete(entries, jsKey);
        return entry.getValue();
    }

    @Override
    public void clear() {
        JsMap.clear(entries);
    }

    @Override
    public Set<Map.Entry<K, V>> entrySet() {
        return new EntrySet<>(entries);
    }
}
