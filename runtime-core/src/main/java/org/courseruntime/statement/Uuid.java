package org.courseruntime.statement;

import org.courseruntime.encoding.Hex;
import org.courseruntime.port.RandomSource;

/**
 * Version 4 (random) UUIDs in the lower-case 8-4-4-4-12 form xAPI uses for statement ids and registrations.
 * Made in the browser, so that a resend of the same statement is idempotent at the LRS.
 */
public final class Uuid {
    private Uuid() {
    }

    /** A new version 4 UUID such as {@code 3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a6b}. */
    public static String v4(RandomSource random) {
        StringBuilder out = new StringBuilder(36);
        for (int word = 0; word < 4; word++) {
            int bits = random.nextInt();
            if (word == 1) {
                bits = (bits & 0xFFFF0FFF) | 0x00004000; // version 4 in the 13th hex digit
            } else if (word == 2) {
                bits = (bits & 0x3FFFFFFF) | 0x80000000; // RFC 4122 variant in the 17th hex digit
            }
            for (int shift = 28; shift >= 0; shift -= 4) {
                if (out.length() == 8 || out.length() == 13 || out.length() == 18 || out.length() == 23) {
                    out.append('-');
                }
                out.append(Hex.DIGITS.charAt((bits >>> shift) & 0xF));
            }
        }
        return out.toString();
    }

    /** Whether {@code text} is a UUID in the 8-4-4-4-12 hex form (any version, either case). */
    public static boolean isValid(String text) {
        if (text == null || text.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = text.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash != (c == '-') || (!dash && Hex.value(c) < 0)) {
                return false;
            }
        }
        return true;
    }
}
