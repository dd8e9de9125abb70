package org.courseruntime.web.collection;

import java.util.AbstractMap.SimpleEntry;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSString;

/**
 * A JS {@code Map} from each key to its entry, as {@link OrderedMap} keeps its members. A String key is the JS
 * string, compared by value; any other key must be an enum constant, the JS object itself, which only it equals.
 */
final class JsMap {
    private JsMap() {
    }

    static JSObject key(Object key) {
        return key instanceof String string ? JSString.valueOf(string) : constant((Enum<?>) key);
    }

    @JSBody(params = "constant", script = "return constant;")
    private static native JSObject constant(Enum<?> constant);

    @JSBody(script = "return new Map();")
    static native JSObject create();

    @JSBody(params = "map", script = "return map.size;")
    static native int size(JSObject map);

    /** The entry of {@code key}, or {@code null}. */
    @JSBody(params = { "map", "key" }, script = "return map.get(key) || null;")
    static native <K, V> SimpleEntry<K, V> get(JSObject map, JSObject key);

    @JSBody(params = { "map", "key", "entry" }, script = "map.set(key, entry);")
    static native void set(JSObject map, JSObject key, SimpleEntry<?, ?> entry);

    @JSBody(params = { "map", "key" }, script = "map.delete(key);")
    static native void delete(JSObject map, JSObject key);

    @JSBody(params = "map", script = "map.clear();")
    static native void clear(JSObject map);

    /** The entries in insertion order, as a JS array. */
    @JSBody(params = "map", script = "var entries = []; map.forEach(function (entry) { entries.push(entry); });"
            + " return entries;")
    static native JSObject entries(JSObject map);

    @JSBody(params = "entries", script = "return entries.length;")
    static native int length(JSObject entries);

    @JSBody(params = { "entries", "index" }, script = "return entries[index];")
    static native <K, V> SimpleEntry<K, V> entryAt(JSObject entries, int index);
}
