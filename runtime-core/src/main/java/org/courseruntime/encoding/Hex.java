package org.courseruntime.encoding;

/** Hexadecimal digits, as %-escapes, \\u escapes and UUIDs use them. */
public final class Hex {
    /** The digits, lower case, by value. */
    public static final String DIGITS = "0123456789abcdef";

    private Hex() {
    }

    /** Appends the 8 hex digits of {@code bits}, most significant first. */
    public static void append(StringBuilder out, int bits) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            out.append(DIGITS.charAt((bits >>> shift) & 0xF));
        }
    }

    /** The value of hex digit {@code c} (either case), or -1 when it is not one. */
    public static int value(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
