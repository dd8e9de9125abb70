package org.courseruntime.course;

import org.courseruntime.json.JsonObjectView;

/** What a text of the course may be (see {@link CourseText}): every problem recorded with its location. */
final class CourseTextCheck {
    private static final String CONTROL_CHARACTER =
            "contains a control character (U+0000 to U+001F other than tab and line breaks), which no XML manifest or LMS can carry";

    private CourseTextCheck() {
    }

    /** Checks the text at {@code key} of {@code parent}; a missing one is a problem when {@code required}. */
    static void check(JsonObjectView parent, String key, boolean required) {
        Object raw = parent.raw(key);
        if (raw == null) {
            if (required) {
                parent.problem(key, "missing");
            }
            return;
        }
        if (raw instanceof String text) {
            if (text.isEmpty()) {
                parent.problem(key, "must not be empty");
            } else if (hasControlCharacter(text)) {
                parent.problem(key, CONTROL_CHARACTER);
            }
            return;
        }
        JsonObjectView map = parent.object(key, true);
        if (map == null) {
            return;
        }
        for (Object tag : map.keys()) {
            String text = map.requiredString((String) tag);
            if (!LanguageTag.isValid((String) tag)) {
                map.problem((String) tag, "is not a language tag such as en-US");
            } else if (text != null && hasControlCharacter(text)) {
                map.problem((String) tag, CONTROL_CHARACTER);
            }
        }
        if (map.keys().isEmpty()) {
            parent.problem(key, "needs a text, e.g. \"...\" or {\"en-US\": \"...\"}");
        }
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return true;
            }
        }
        return false;
    }
}
