package org.courseruntime.encoding;

/**
 * UTF-8 encoding by hand: {@code String.getBytes(UTF_8)} pulls TeaVM's whole charset machinery into the runtime.
 * Unpaired surrogates are encoded as U+FFFD, as browsers do.
 */
public final class Utf8 {
    private Utf8() {
    }

    public static byte[] encode(String text) {
        byte[] out = new byte[text.length() * 3];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = text.charAt(i);
            int next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
            if (c >= 0xD800 && c <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) {
                c = 0x10000 + ((c - 0xD800) << 10) + (next - 0xDC00);
                i++;
            } else if (c >= 0xD800 && c <= 0xDFFF) {
                c = 0xFFFD;
            }
            if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (c < 0x10000) {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else {
                out[n++] = (byte) (0xF0 | c >> 18);
                out[n++] = (byte) (0x80 | c >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        byte[] exact = new byte[n];
        for (int i = 0; i < n; i++) { // not System.arraycopy, whose TeaVM version checks array types at length
            exact[i] = out[i];
        }
        return exact;
    }

    /**
     * The text of the first {@code length} bytes of {@code bytes}.
     *
     * @throws IllegalArgumentException when they are not well-formed UTF-8
     */
    public static String decode(byte[] bytes, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; ) {
            int b = bytes[i] & 0xFF;
            int extra = b < 0x80 ? 0 : b < 0xC2 ? -1 : b < 0xE0 ? 1 : b < 0xF0 ? 2 : b < 0xF5 ? 3 : -1;
            if (extra < 0 || i + extra >= length) {
                throw new IllegalArgumentException("not UTF-8 at byte " + (i + 1));
            }
            int codePoint = extra == 0 ? b : b & (0x3F >> extra);
            for (int k = 1; k <= extra; k++) {
                int next = bytes[i + k] & 0xFF;
                if ((next & 0xC0) != 0x80) {
                    throw new IllegalArgumentException("not UTF-8 at byte " + (i + k + 1));
                }
                codePoint = codePoint << 6 | next & 0x3F;
            }
            // overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 (RFC 3629)
            if (codePoint < (extra == 2 ? 0x800 : extra == 3 ? 0x10000 : 0) || codePoint > 0x10FFFF
                    || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
                throw new IllegalArgumentException("not UTF-8 at byte " + (i + 1));
            }
            if (codePoint >= 0x10000) { // as a surrogate pair, without Character.toChars and its tables
                out.append((char) (0xD800 + ((codePoint - 0x10000) >> 10))).append((char) (0xDC00 + (codePoint & 0x3FF)));
            } else {
                out.append((char) codePoint);
            }
            i += extra + 1;
        }
        return out.toString();
    }
}
