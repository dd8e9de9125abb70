package org.courseruntime.web.encoding;

import org.teavm.jso.JSBody;

/**
 * {@code org.courseruntime.encoding.Base64} as the browser runs it ({@link org.courseruntime.web.BrowserSubstitutes}
 * puts it in the core's place): the browser's {@code btoa} over the UTF-8 bytes {@link FormEncoding} escapes.
 */
public final class Base64 {
    private Base64() {
    }

    /** Base64 (RFC 4648, with padding) of the UTF-8 bytes of {@code text}. */
    public static String encodeUtf8(String text) {
        return btoaOfEscapedBytes(FormEncoding.encode(text));
    }

    /** {@code btoa} of the bytes a form-encoded text stands for ({@code +} a space, {@code %XX} a byte). */
    @JSBody(params = "escaped", script = "return btoa(escaped.replace(/\\+/g, ' ').replace(/%([0-9A-F]{2})/g,"
            + " function (escape, hex) { return String.fromCharCode(parseInt(hex, 16)); }));")
    private static native String btoaOfEscapedBytes(String escaped);
}
