package org.courseruntime.encoding;

/** Base64 (RFC 4648, with padding) by hand: {@code java.util.Base64} is heavy in TeaVM's classlib. */
public final class Base64 {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Base64() {
    }

    /** Base64 of the UTF-8 bytes of {@code text}. */
    public static String encodeUtf8(String text) {
        return encode(Utf8.encode(text));
    }

    private static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length + 2) / 3 * 4);
        for (int i = 0; i < bytes.length; i += 3) {
            int remaining = bytes.length - i;
            int group = (bytes[i] & 0xFF) << 16
                    | (remaining > 1 ? (bytes[i + 1] & 0xFF) << 8 : 0)
                    | (remaining > 2 ? bytes[i + 2] & 0xFF : 0);
            out.append(ALPHABET.charAt(group >> 18 & 63)).append(ALPHABET.charAt(group >> 12 & 63))
                    .append(remaining > 1 ? ALPHABET.charAt(group >> 6 & 63) : '=')
                    .append(remaining > 2 ? ALPHABET.charAt(group & 63) : '=');
        }
        return out.toString();
    }
}
