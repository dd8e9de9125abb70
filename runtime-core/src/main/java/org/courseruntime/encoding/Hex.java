package org.courseruntime.encoding;

/** Hexadecimal digits, as %-escapes, \\u escapes and UUIDs use them. */
public final class Hex {
    private Hex() {
    }

    /** The value of hex digit {@code c} (either case), or -1 when it is not one. */
    public static int value(char c) {
        return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
