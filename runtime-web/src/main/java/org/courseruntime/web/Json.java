package org.courseruntime.web;

import org.courseruntime.json.JsonWriter;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Turns the core's JSON values (trees and {@code JsonWritable}s) into plain JS objects for the page. */
final class Json {
    private Json() {
    }

    static JSObject toJs(Object tree) {
        return parse(JsonWriter.write(tree));
    }

    /** The page's value (anything JSON can hold) as JSON text; {@code undefined} reads as {@code null}. */
    @JSBody(params = "value", script = "return JSON.stringify(value === undefined ? null : value);")
    static native String stringify(JSObject value);

    @JSBody(params = "text", script = "return JSON.parse(text);")
    static native JSObject parse(String text);
}
