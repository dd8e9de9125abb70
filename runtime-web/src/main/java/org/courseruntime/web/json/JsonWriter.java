package org.courseruntime.web.json;

import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonLimits;
import org.courseruntime.json.JsonWritable;
import org.courseruntime.web.encoding.JsStrings;
import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSString;

/**
 * {@code org.courseruntime.json.JsonWriter} as the browser runs it ({@link org.courseruntime.web.BrowserSubstitutes}
 * puts it in the core's place): the same API and the same compact JSON, built as a JS string. The engine joins
 * appended strings without copying them, {@code JSON.stringify} escapes the strings that need it and JS writes each
 * number, where the core's writer fills a char array, which TeaVM makes a typed array and turns into a string with
 * {@code String.fromCharCode}.
 *
 * <p>Strings may be escaped otherwise than by the core (raw U+2028, {@code \b} for U+0008): still valid JSON, read
 * back the same.
 */
public final class JsonWriter {
    private JSString text;
    /** Whether the object or array being written has nothing in it yet (no comma before the next member). */
    private boolean empty;

    private JsonWriter(String prefix) {
        text = JSString.valueOf(prefix);
    }

    /** The compact JSON text of {@code value}. */
    public static String write(Object value) {
        return write("", value);
    }

    /** {@code prefix} followed by the compact JSON text of {@code value}. */
    public static String write(String prefix, Object value) {
        JsonWriter out = new JsonWriter(prefix);
        out.append(value);
        return out.text.stringValue();
    }

    /** {@code value} as JSON writes it, e.g. {@code 4}, {@code -2.5}, {@code 0.333333}. */
    public static String number(double value) {
        JsonWriter out = new JsonWriter("");
        out.appendNumber(value);
        return out.text.stringValue();
    }

    public JsonWriter beginObject() {
        text = JsStrings.append(text, "{");
        empty = true;
        return this;
    }

    public JsonWriter endObject() {
        text = JsStrings.append(text, "}");
        empty = false;
        return this;
    }

    public JsonWriter beginArray() {
        text = JsStrings.append(text, "[");
        empty = true;
        return this;
    }

    public JsonWriter endArray() {
        text = JsStrings.append(text, "]");
        empty = false;
        return this;
    }

    public JsonWriter name(String name) {
        item();
        text = JsStrings.append(concatString(text, name), ":");
        return this;
    }

    public JsonWriter item() {
        if (!empty) {
            text = JsStrings.append(text, ",");
        }
        empty = false;
        return this;
    }

    public JsonWriter json(String written) {
        text = JsStrings.append(text, written);
        return this;
    }

    public JsonWriter value(Object value) {
        append(value);
        return this;
    }

    public JsonWriter member(String name, Object value) {
        name(name);
        append(value);
        return this;
    }

    private void append(Object value) {
        if (value instanceof String string) {
            text = concatString(text, string);
        } else if (value instanceof JsonWritable writable) { // before Map and List: the most frequent after String
            writable.writeTo((org.courseruntime.json.JsonWriter) (Object) this); // this class, once substituted
        } else if (value instanceof Map<?, ?> map) {
            beginObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                member((String) entry.getKey(), entry.getValue());
            }
            endObject();
        } else if (value instanceof List<?> list) {
            beginArray();
            for (int i = 0; i < list.size(); i++) {
                item().append(list.get(i));
            }
            endArray();
        } else if (value instanceof Long number) {
            text = concatLong(text, number);
        } else if (value instanceof Number number) {
            appendNumber(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            text = JsStrings.append(text, flag ? "true" : "false");
        } else if (value == null) {
            text = JsStrings.append(text, "null");
        } else {
            throw JsonLimits.notJson();
        }
    }

    private void appendNumber(double value) {
        JsonLimits.requireWritable(value);
        text = concatNumber(text, value);
    }

    /** {@code string} quoted, escaped where it must be; unpaired surrogates as U+FFFD (see JsStrings#wellFormed). */
    private static JSString concatString(JSString text, String string) {
        JSString plain = concatPlain(text, string);
        return plain != null ? plain : concatEscaped(text, JsStrings.wellFormed(string));
    }

    /**
     * {@code string} quoted, or {@code null} when it needs an escape or holds a surrogate: most strings need none, and
     * quoting them is faster than {@code JSON.stringify} (a call into the engine).
     */
    @JSBody(params = { "text", "string" }, script = "return /[\"\\\\\\u0000-\\u001f\\ud800-\\udfff]/.test(string)"
            + " ? null : text + '\"' + string + '\"';")
    private static native JSString concatPlain(JSString text, String string);

    @JSBody(params = { "text", "string" }, script = "return text + JSON.stringify(string);")
    private static native JSString concatEscaped(JSString text, String string);

    /** TeaVM's longs are BigInts, which JS writes with every digit. */
    @JSBody(params = { "text", "value" }, script = "return text + value;")
    private static native JSString concatLong(JSString text, long value);

    /**
     * A whole number as it is; any other as the core writes it: the fraction, taken apart from the whole part,
     * rounded half up to six decimals, without trailing zeros ({@code 0.833333}).
     */
    @JSBody(params = { "text", "value" }, script = "if (value === Math.floor(value)) { return text + value; }"
            + " var whole = Math.floor(Math.abs(value)), fraction = Math.round((Math.abs(value) - whole) * 1e6);"
            + " if (fraction === 1e6) { whole++; fraction = 0; }"
            + " var digits = fraction ? '.' + String(1e6 + fraction).slice(1).replace(/0+$/, '') : '';"
            + " return text + (value < 0 && (whole || fraction) ? '-' : '') + whole + digits;")
    private static native JSString concatNumber(JSString text, double value);
}
