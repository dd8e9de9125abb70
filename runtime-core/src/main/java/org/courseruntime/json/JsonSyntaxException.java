package org.courseruntime.json;

/** A JSON text that does not parse; the message says what was expected and at which line and column. */
public final class JsonSyntaxException extends Exception {
    JsonSyntaxException(String message, String text, int position) {
        super(message + " at " + location(text, position));
    }

    private static String location(String text, int position) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < position && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (position - lineStart + 1);
    }
}
