package org.courseruntime.web.collection;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import org.teavm.jso.JSObject;

/**
 * The entries of a {@link JsMap}, iterated in insertion order as they were when iteration began. The runtime removes
 * nothing from its maps, so the iterator cannot remove either ({@code Iterator.remove} throws, and with it
 * {@code Map.remove} and {@code clear}): a first use throws in the browser rather than keep the entry.
 */
final class EntrySet<K, V> extends AbstractSet<Map.Entry<K, V>> {
    private final JSObject map;

    EntrySet(JSObject map) {
        this.map = map;
    }

    @Override
    public int size() {
        return JsMap.size(map);
    }

    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
        JSObject entries = JsMap.entries(map);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < JsMap.length(entries);
            }

            @Override
            public Map.Entry<K, V> next() {
                return JsMap.entryAt(entries, next++);
            }
        };
    }
}
