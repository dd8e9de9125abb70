package org.courseruntime.web;

import org.courseruntime.json.JsonWriter;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/** Turns the core's JSON trees into plain JS objects for the page. */
final class Json {
    private Json() {
    }

    static JSObject toJs(Object tree) {
        return parse(JsonWriter.write(tree));
    }

    @JSBody(params = "text", script = "return JSON.parse(text);")
    private static native JSObject parse(String text);
}
