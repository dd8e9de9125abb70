package org.courseruntime.course;

/**
 * The shape of an RFC 5646 language tag as courses use them: a primary language of 2 or 3 letters, then subtags of
 * 1 to 8 letters or digits, joined by '-'.
 */
public final class LanguageTag {
    private LanguageTag() {
    }

    /** Whether {@code tag} has the shape of a language tag, e.g. {@code en}, {@code en-US}, {@code zh-Hant-TW}. */
    public static boolean isValid(String tag) {
        if (tag == null) {
            return false;
        }
        int primaryEnd = tag.indexOf('-') < 0 ? tag.length() : tag.indexOf('-');
        if (primaryEnd < 2 || primaryEnd > 3) {
            return false;
        }
        int subtagLength = 0;
        for (int i = 0; i <= tag.length(); i++) {
            char c = i < tag.length() ? tag.charAt(i) : '-';
            if (c == '-') {
                if (subtagLength == 0 || subtagLength > 8) {
                    return false;
                }
                subtagLength = 0;
            } else if (isLetter(c) || (i > primaryEnd && c >= '0' && c <= '9')) {
                subtagLength++;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
