package org.courseruntime.web.encoding;

import org.courseruntime.encoding.Hex;
import org.teavm.jso.JSBody;

/**
 * {@code org.courseruntime.encoding.FormEncoding} as the browser runs it
 * ({@link org.courseruntime.web.BrowserSubstitutes} puts it in the core's place): the same API and the same text,
 * through the browser's {@code encodeURIComponent} and {@code decodeURIComponent} instead of the core's UTF-8 coder.
 */
public final class FormEncoding {
    private FormEncoding() {
    }

    /**
     * Decodes a query-string or form value: {@code +} is a space, {@code %XX} a byte, the bytes UTF-8.
     *
     * @throws IllegalArgumentException for a truncated or non-hex escape, or bytes that are not UTF-8
     */
    public static String decode(String value) {
        String decoded = decodeComponent(value);
        if (decoded != null) {
            return decoded;
        }
        for (int i = value.indexOf('%'); i >= 0; i = value.indexOf('%', i + 1)) {
            if (i + 2 >= value.length() || Hex.value(value.charAt(i + 1)) < 0 || Hex.value(value.charAt(i + 2)) < 0) {
                throw new IllegalArgumentException("a broken %-escape at character " + (i + 1));
            }
        }
        throw new IllegalArgumentException("escaped bytes that are not UTF-8");
    }

    /** UTF-8, then every byte but {@code A-Z a-z 0-9 * - . _} percent-encoded, spaces as {@code +}. */
    public static String encode(String value) {
        String encoded = encodeComponent(value);
        return encoded != null ? encoded : encodeComponent(JsStrings.wellFormed(value));
    }

    /** The form encoding of {@code value}, or {@code null} when it holds an unpaired surrogate. */
    @JSBody(params = "value", script = "try { value = encodeURIComponent(value); } catch (e) { return null; }"
            + " return value.replace(/%20/g, '+').replace(/[!'()~]/g,"
            + " function (c) { return '%' + c.charCodeAt(0).toString(16).toUpperCase(); });")
    private static native String encodeComponent(String value);

    /** The decoded {@code value}, or {@code null} when it holds a broken escape or bytes that are not UTF-8. */
    @JSBody(params = "value", script = "try { return decodeURIComponent(value.replace(/\\+/g, ' ')); }"
            + " catch (e) { return null; }")
    private static native String decodeComponent(String value);
}
