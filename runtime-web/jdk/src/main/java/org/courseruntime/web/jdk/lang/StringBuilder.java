package org.courseruntime.web.jdk.lang;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSString;

/**
 * {@code java.lang.StringBuilder} as the browser runs it ({@link org.courseruntime.web.jdk.JdkSubstitutes} puts it in
 * the place of TeaVM's): the text is a JS string the engine appends to, where TeaVM's copies every char into a
 * typed array and makes the string with {@code String.fromCharCode}. Only what the runtime calls is here: a method it
 * starts to call and this class lacks fails the TeaVM build. The capacity is not kept; a JS string grows by itself.
 */
public final class StringBuilder implements CharSequence, Appendable {
    private JSString text;

    public StringBuilder() {
        text = JSString.valueOf("");
    }

    public StringBuilder(int capacity) {
        this();
    }

    public StringBuilder(String start) {
        text = JSString.valueOf(start);
    }

    public StringBuilder append(String value) {
        text = appendString(text, value == null ? "null" : value);
        return this;
    }

    public StringBuilder append(Object value) {
        return append(String.valueOf(value));
    }

    @Override
    public StringBuilder append(CharSequence value) {
        return append(String.valueOf(value));
    }

    @Override
    public StringBuilder append(CharSequence value, int start, int end) {
        return append(String.valueOf(value).substring(start, end));
    }

    @Override
    public StringBuilder append(char value) {
        text = appendChar(text, value);
        return this;
    }

    public StringBuilder append(int value) {
        text = appendInt(text, value);
        return this;
    }

    @Override
    public int length() {
        return text.getLength();
    }

    @Override
    public char charAt(int index) {
        return toString().charAt(index);
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return toString().substring(start, end);
    }

    @Override
    public String toString() {
        return text.stringValue();
    }

    @JSBody(params = { "text", "more" }, script = "return text + more;")
    private static native JSString appendString(JSString text, String more);

    @JSBody(params = { "text", "c" }, script = "return text + String.fromCharCode(c);")
    private static native JSString appendChar(JSString text, char c);

    /** JS writes an int as Java does: {@code -12}, {@code 2147483647}. */
    @JSBody(params = { "text", "n" }, script = "return text + n;")
    private static native JSString appendInt(JSString text, int n);
}
