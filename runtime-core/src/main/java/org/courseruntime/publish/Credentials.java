package org.courseruntime.publish;

/**
 * The Learning Activity Provider's login and password for the LRS. {@link #toString()} never shows them, so they
 * cannot reach a log or an error message by accident.
 */
public final class Credentials {
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private final String login;
    private final String password;

    public Credentials(String login, String password) {
        this.login = login;
        this.password = password;
    }

    /**
     * The HTTP Basic {@code Authorization} value: {@code login:password} as UTF-8, then Base64 (RFC 7617). Encoded by
     * hand: {@code String.getBytes} and {@code java.util.Base64} pull TeaVM's charset machinery into the runtime.
     */
    public String authorizationHeader() {
        byte[] bytes = utf8(login + ":" + password);
        StringBuilder out = new StringBuilder("Basic ");
        for (int i = 0; i < bytes.length; i += 3) {
            int remaining = bytes.length - i;
            int group = (bytes[i] & 0xFF) << 16
                    | (remaining > 1 ? (bytes[i + 1] & 0xFF) << 8 : 0)
                    | (remaining > 2 ? bytes[i + 2] & 0xFF : 0);
            out.append(BASE64.charAt(group >> 18 & 63)).append(BASE64.charAt(group >> 12 & 63))
                    .append(remaining > 1 ? BASE64.charAt(group >> 6 & 63) : '=')
                    .append(remaining > 2 ? BASE64.charAt(group & 63) : '=');
        }
        return out.toString();
    }

    private static byte[] utf8(String text) {
        byte[] out = new byte[text.length() * 3];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            int c = text.codePointAt(i);
            if (c > 0xFFFF) {
                i++; // the low surrogate is part of this code point
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
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
