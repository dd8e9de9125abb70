package org.courseruntime.encoding;

/**
 * Zero-padded decimal digits, written by hand: TeaVM emulates {@code long} in JavaScript, and its
 * {@code Long.toString} does one emulated division per digit.
 */
public final class Decimal {
    private static final long NINE_DIGITS = 1_000_000_000L;

    private Decimal() {
    }

    /** The last {@code width} digits of {@code value} (>= 0), zero-padded: {@code padded(42, 5)} is {@code 00042}. */
    public static String padded(long value, int width) {
        char[] out = new char[width];
        for (int end = width; end > 0; end -= 9) {
            int start = Math.max(0, end - 9);
            put(out, start, (int) (value % NINE_DIGITS), end - start); // nine digits at a time in int arithmetic
            value /= NINE_DIGITS;
        }
        return new String(out);
    }

    /** The decimal digits of {@code value} (>= 0), e.g. {@code 1795876297123}. */
    public static String of(long value) {
        String digits = padded(value, 19);
        int start = 0;
        while (start < 18 && digits.charAt(start) == '0') {
            start++;
        }
        return digits.substring(start);
    }

    /** Writes the last {@code width} digits of {@code value} (>= 0), zero-padded, into {@code out} at {@code offset}. */
    public static void put(char[] out, int offset, int value, int width) {
        for (int i = offset + width - 1; i >= offset; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
