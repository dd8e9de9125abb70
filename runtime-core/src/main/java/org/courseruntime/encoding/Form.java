package org.courseruntime.encoding;

/** An {@code application/x-www-form-urlencoded} text, e.g. a query string or a beacon's body. */
public final class Form {
    private Form() {
    }

    /** {@code name=value} pairs joined by {@code &}, each form-encoded; {@code pairs} alternates names and values. */
    public static String of(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                out.append('&');
            }
            out.append(FormEncoding.encode(pairs[i])).append('=').append(FormEncoding.encode(pairs[i + 1]));
        }
        return out.toString();
    }
}
