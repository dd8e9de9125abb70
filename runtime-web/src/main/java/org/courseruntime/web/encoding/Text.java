package org.courseruntime.web.encoding;

import java.util.List;
import org.teavm.jso.core.JSString;

/**
 * {@code org.courseruntime.encoding.Text} as the browser runs it ({@link org.courseruntime.web.BrowserSubstitutes}
 * puts it in the core's place): the same strings, joined by the engine, which links them without copying a char.
 */
public final class Text {
    private Text() {
    }

    public static String concat(String... parts) {
        JSString text = JSString.valueOf("");
        for (String part : parts) {
            text = JsStrings.append(text, part);
        }
        return text.stringValue();
    }

    public static String join(String delimiter, List<String> items) {
        JSString text = JSString.valueOf("");
        for (int i = 0; i < items.size(); i++) {
            text = JsStrings.append(i == 0 ? text : JsStrings.append(text, delimiter), items.get(i));
        }
        return text.stringValue();
    }
}
