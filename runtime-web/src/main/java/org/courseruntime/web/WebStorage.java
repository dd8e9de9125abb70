package org.courseruntime.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.courseruntime.port.KeyValueStore;
import org.teavm.jso.JSBody;

/**
 * The key-value port on the page's Web Storage: localStorage (outlives the page) or sessionStorage (lasts as long as
 * the tab). Reading, writing and even touching them can throw (private mode, storage blocked, quota exceeded): each
 * call reports failure instead of throwing.
 */
final class WebStorage implements KeyValueStore {
    static final WebStorage LOCAL = new WebStorage("localStorage");
    static final WebStorage SESSION = new WebStorage("sessionStorage");

    private final String name;

    private WebStorage(String name) {
        this.name = name;
    }

    @Override
    public String get(String key) {
        return getItem(name, key);
    }

    @Override
    public boolean put(String key, String value) {
        return setItem(name, key, value);
    }

    @Override
    public void remove(String key) {
        removeItem(name, key);
    }

    @Override
    public List<String> keys(String prefix) {
        String[] keys = keysStartingWith(name, prefix);
        return keys == null ? new ArrayList<>() : Arrays.asList(keys);
    }

    @JSBody(params = {"name", "prefix"}, script = "try { var s = window[name], out = [];"
            + " for (var i = 0; i < s.length; i++) { var k = s.key(i); if (k && k.lastIndexOf(prefix, 0) === 0) out.push(k); }"
            + " return out; } catch (e) { return null; }")
    private static native String[] keysStartingWith(String name, String prefix);

    @JSBody(params = {"name", "key"}, script = "try { return window[name].getItem(key); } catch (e) { return null; }")
    private static native String getItem(String name, String key);

    @JSBody(params = {"name", "key", "value"},
            script = "try { window[name].setItem(key, value); return true; } catch (e) { return false; }")
    private static native boolean setItem(String name, String key, String value);

    @JSBody(params = {"name", "key"}, script = "try { window[name].removeItem(key); } catch (e) { }")
    private static native void removeItem(String name, String key);
}
