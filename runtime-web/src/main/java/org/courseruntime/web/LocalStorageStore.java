package org.courseruntime.web;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.courseruntime.port.KeyValueStore;
import org.teavm.jso.JSBody;

/**
 * The key-value port on localStorage. Reading, writing and even touching localStorage can throw (private mode,
 * storage blocked, quota exceeded): each call reports failure instead of throwing.
 */
final class LocalStorageStore implements KeyValueStore {
    @Override
    public String get(String key) {
        return getItem(key);
    }

    @Override
    public boolean put(String key, String value) {
        return setItem(key, value);
    }

    @Override
    public void remove(String key) {
        removeItem(key);
    }

    @Override
    public List<String> keys(String prefix) {
        String[] keys = keysStartingWith(prefix);
        return keys == null ? Collections.emptyList() : Arrays.asList(keys);
    }

    @JSBody(params = "prefix", script = "try { var s = window.localStorage, out = [];"
            + " for (var i = 0; i < s.length; i++) { var k = s.key(i); if (k && k.lastIndexOf(prefix, 0) === 0) out.push(k); }"
            + " return out; } catch (e) { return null; }")
    private static native String[] keysStartingWith(String prefix);

    @JSBody(params = "key", script = "try { return window.localStorage.getItem(key); } catch (e) { return null; }")
    private static native String getItem(String key);

    @JSBody(params = {"key", "value"},
            script = "try { window.localStorage.setItem(key, value); return true; } catch (e) { return false; }")
    private static native boolean setItem(String key, String value);

    @JSBody(params = "key", script = "try { window.localStorage.removeItem(key); } catch (e) { }")
    private static native void removeItem(String key);
}
