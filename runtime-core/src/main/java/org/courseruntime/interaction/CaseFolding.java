package org.courseruntime.interaction;

/**
 * Case-insensitive comparison of answers, written by hand because {@code String.equalsIgnoreCase} brings TeaVM's
 * Unicode case tables (about 1.5 KB gzip) into the runtime. Folds the cased letters of the scripts course answers are
 * written in: Latin (Basic, Latin-1, Extended-A), Greek and Cyrillic; other characters compare as they are.
 */
final class CaseFolding {
    private CaseFolding() {
    }

    /** Whether {@code a} and {@code b} are the same text but for letter case. */
    static boolean equalIgnoringCase(String a, String b) {
        if (a.length() != b.length()) {
            return false;
        }
        for (int i = 0; i < a.length(); i++) {
            if (lower(a.charAt(i)) != lower(b.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static char lower(char c) {
        if ((c >= 'A' && c <= 'Z') || (c >= '\u00C0' && c <= '\u00DE' && c != '\u00D7')
                || (c >= '\u0391' && c <= '\u03AB' && c != '\u03A2') || (c >= '\u0410' && c <= '\u042F')) {
            return (char) (c + 0x20);
        }
        if (c >= '\u0400' && c <= '\u040F') {
            return (char) (c + 0x50);
        }
        boolean evenUpper = (c >= '\u0100' && c <= '\u0137') || (c >= '\u014A' && c <= '\u0177');
        boolean oddUpper = (c >= '\u0139' && c <= '\u0148') || (c >= '\u0179' && c <= '\u017E');
        if ((evenUpper && c % 2 == 0) || (oddUpper && c % 2 == 1)) {
            return (char) (c + 1);
        }
        return c;
    }
}
