package org.courseruntime.interaction;

import java.util.List;

/**
 * The xAPI response format: items separated by {@code [,]}, the two halves of a pair by {@code [.]}, the bounds of
 * a range by {@code [:]}.
 *
 * <p>xAPI has no escape for these sequences, so text typed by a learner or an author is made unambiguous before it
 * goes into a response: a space is put after the {@code [} of {@code [,]}, {@code [.]} and {@code [:]} ({@code a[,]b}
 * becomes {@code a[ ,]b}), and before a leading {@code {}, which would otherwise read as a {@code {lang=...}} or
 * {@code {case_matters=...}} parameter. Every other character, non-ASCII included, is kept.
 */
public final class ResponseText {
    public static final String ITEM = "[,]";
    public static final String PAIR = "[.]";
    public static final String RANGE = "[:]";

    private ResponseText() {
    }

    /** {@code text} made safe to stand as one item of a response. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        if (text.startsWith("{")) {
            out.append(' ');
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (c == '[' && i + 2 < text.length() && text.charAt(i + 2) == ']' && ",.:".indexOf(text.charAt(i + 1)) >= 0) {
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** The items joined by {@code [,]}; the caller escapes free text first. */
    public static String items(List<String> items) {
        return String.join(ITEM, items);
    }

    /** A pair {@code left[.]right}. */
    public static String pair(String left, String right) {
        return left + PAIR + right;
    }
}
