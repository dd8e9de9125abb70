package org.courseruntime.encoding;

/**
 * {@code application/x-www-form-urlencoded} values: UTF-8, then every byte but {@code A-Z a-z 0-9 * - . _}
 * percent-encoded, and spaces as {@code +} (the WHATWG URL standard's form serializer).
 */
public final class FormEncoding {
    private static final String HEX = "0123456789ABCDEF";

    private FormEncoding() {
    }

    /** {@code name=value} pairs joined by {@code &}; {@code pairs} alternates names and values. */
    public static String form(String... pairs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (i > 0) {
                out.append('&');
            }
            out.append(encode(pairs[i])).append('=').append(encode(pairs[i + 1]));
        }
        return out.toString();
    }

    public static String encode(String value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (byte b : Utf8.encode(value)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' || c == '-'
                    || c == '.' || c == '_') {
                out.append((char) c);
            } else if (c == ' ') {
                out.append('+');
            } else {
                out.append('%').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            }
        }
        return out.toString();
    }
}
