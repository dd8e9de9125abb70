package org.courseruntime.encoding;

/**
 * {@code application/x-www-form-urlencoded} values: UTF-8, then every byte but {@code A-Z a-z 0-9 * - . _}
 * percent-encoded, and spaces as {@code +} (the WHATWG URL standard's form serializer).
 */
public final class FormEncoding {
    private static final String HEX = "0123456789ABCDEF";

    private FormEncoding() {
    }

    /**
     * Decodes a query-string or form value: {@code +} is a space, {@code %XX} a byte, the bytes UTF-8.
     *
     * @throws IllegalArgumentException for a truncated or non-hex escape, or bytes that are not UTF-8
     */
    public static String decode(String value) {
        byte[] bytes = new byte[value.length() * 3]; // no character takes more than 3 bytes in UTF-8
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                int high = i + 2 < value.length() ? Hex.value(value.charAt(i + 1)) : -1;
                int low = high >= 0 ? Hex.value(value.charAt(i + 2)) : -1;
                if (low < 0) {
                    throw new IllegalArgumentException("a broken %-escape at character " + (i + 1));
                }
                bytes[n++] = (byte) (high << 4 | low);
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                int end = i + 1;
                while (end < value.length() && value.charAt(end) >= 0x80) {
                    end++; // a run of non-ASCII characters, so that surrogate pairs are encoded together
                }
                byte[] utf8 = Utf8.encode(value.substring(i, end));
                i = end - 1;
                for (byte b : utf8) {
                    bytes[n++] = b;
                }
            }
        }
        return Utf8.decode(bytes, n);
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
