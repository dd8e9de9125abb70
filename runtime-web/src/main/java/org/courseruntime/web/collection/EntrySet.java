package org.courseruntime.web.collection;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import org.teavm.jso.JSObject;

/**
 * The entries of a {@link JsMap}, iterated in insertion order as they were when iteration began; the iterator's
 * {@code remove} deletes the entry it returned last from the map.
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
            private int removed;

            @Override
            public boolean hasNext() {
                return next < JsMap.length(entries);
            }

            @Override
            public Map.Entry<K, V> next() {
                return JsMap.entryAt(entries, next++);
            }

            @Override
            public void remove() {
                if (next == 0 || removed == next) {
                    throw new IllegalStateException();
                }
                removed = next;
                JsMap.delete(map, JsMap.key(JsMap.<K, V>entryAt(entries, next - 1).getKey()));
            }
        };
    }
}
