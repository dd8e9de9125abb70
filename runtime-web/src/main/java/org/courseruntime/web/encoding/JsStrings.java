package org.courseruntime.web.encoding;

import org.teavm.jso.JSBody;
import org.teavm.jso.core.JSString;

/** String work the browser substitutes share: joining as the engine does, and making text well-formed UTF-16. */
public final class JsStrings {
    private JsStrings() {
    }

    /** {@code text} followed by {@code more}, joined by the engine without copying a char. */
    @JSBody(params = { "text", "more" }, script = "return text + more;")
    public static native JSString append(JSString text, String more);

    /**
     * {@code text} with each unpaired surrogate as U+FFFD, as the core's UTF-8 coder writes them and as the browser
     * sends them in a request body: escaped as {@code \ud800} in JSON, some stores (PostgreSQL's jsonb) refuse them.
     */
    public static String wellFormed(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c >= 0xD800 && c <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
                out.append(c).append(next);
                i++;
            } else {
                out.append(c >= 0xD800 && c <= 0xDFFF ? '\uFFFD' : c);
            }
        }
        return out.toString();
    }
}
