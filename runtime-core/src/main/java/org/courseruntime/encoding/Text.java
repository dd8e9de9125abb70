package org.courseruntime.encoding;

import java.util.List;

/**
 * Joins strings where a statement is made, stored or judged. The web build compiles runtime-web's
 * {@code org.courseruntime.web.encoding.Text} in its place, which lets the JS engine join them: TeaVM's
 * {@code StringBuilder} copies every char into a typed array and makes the string with {@code String.fromCharCode},
 * some microseconds for each string.
 */
public final class Text {
    private Text() {
    }

    /** The parts one after the other. */
    public static String concat(String... parts) {
        StringBuilder out = new StringBuilder();
        for (String part : parts) {
            out.append(part);
        }
        return out.toString();
    }

    /** The items with {@code delimiter} between them, as {@code String.join} writes them. */
    public static String join(String delimiter, List<String> items) {
        return String.join(delimiter, items);
    }
}
