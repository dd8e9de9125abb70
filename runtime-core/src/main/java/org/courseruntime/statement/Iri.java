package org.courseruntime.statement;

/**
 * The absolute-IRI rule xAPI applies to verb, activity and extension ids: a scheme (RFC 3987: a letter, then
 * letters, digits, {@code + - .}), a colon, and a non-empty rest with no whitespace (ASCII or Unicode), controls or
 * {@code <>"{}|\^`}. Written without {@code Character.isWhitespace}, whose Unicode tables TeaVM would embed.
 */
public final class Iri {
    private Iri() {
    }

    /** Whether {@code text} is an absolute IRI, e.g. {@code https://example.com/course/1}. */
    public static boolean isAbsolute(String text) {
        if (text == null) {
            return false;
        }
        int colon = text.indexOf(':');
        if (colon < 1 || colon == text.length() - 1 || !isLetter(text.charAt(0))) {
            return false;
        }
        for (int i = 1; i < colon; i++) {
            char c = text.charAt(i);
            if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        for (int i = colon + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c <= 0x20 || (c >= 0x7F && c <= 0xA0) || "<>\"{}|\\^`\u1680\u2028\u2029\u202F\u205F\u3000\uFEFF".indexOf(c) >= 0
                    || (c >= 0x2000 && c <= 0x200B)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code text} is an absolute http or https URL (what an LRS endpoint or account home page is). */
    public static boolean isHttpUrl(String text) {
        if (!isAbsolute(text)) {
            return false;
        }
        int afterScheme = startsWithIgnoringAsciiCase(text, "https://") ? 8 : startsWithIgnoringAsciiCase(text, "http://") ? 7 : -1;
        return afterScheme > 0 && text.length() > afterScheme && text.charAt(afterScheme) != '/';
    }

    private static boolean startsWithIgnoringAsciiCase(String text, String lowerPrefix) {
        if (text.length() < lowerPrefix.length()) {
            return false;
        }
        for (int i = 0; i < lowerPrefix.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c) != lowerPrefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
