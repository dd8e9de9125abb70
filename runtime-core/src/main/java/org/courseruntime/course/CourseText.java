package org.courseruntime.course;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.json.JsonObjectView;

/**
 * Reads a text of the course (a title, a prompt, a choice): either a language map ({@code {"en-US": "...",
 * "de-DE": "..."}}) or a plain string, which is taken to be in the course's language.
 */
public final class CourseText {
    private static final String CONTROL_CHARACTER =
            "contains a control character (U+0000 to U+001F other than tab and line breaks), which no XML manifest or LMS can carry";

    private CourseText() {
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

    /** The text at {@code key} as a language map; empty (with a problem when required) when absent or invalid. */
    public static Map<String, String> read(JsonObjectView parent, String key, boolean required, String language) {
        Map<String, String> texts = new OrderedMap<>();
        Object raw = parent.raw(key);
        if (raw == null) {
            if (required) {
                parent.problem(key, "missing");
            }
            return texts;
        }
        if (raw instanceof String text) {
            if (text.isEmpty()) {
                parent.problem(key, "must not be empty");
            } else if (hasControlCharacter(text)) {
                parent.problem(key, CONTROL_CHARACTER);
            } else if (language != null) {
                texts.put(language, text);
            }
            return texts;
        }
        JsonObjectView map = parent.object(key, true);
        if (map == null) {
            return texts;
        }
        for (Object tag : map.keys()) {
            String text = map.requiredString((String) tag);
            if (!LanguageTag.isValid((String) tag)) {
                map.problem((String) tag, "is not a language tag such as en-US");
            } else if (text != null && hasControlCharacter(text)) {
                map.problem((String) tag, CONTROL_CHARACTER);
            } else if (text != null) {
                texts.put((String) tag, text);
            }
        }
        if (map.keys().isEmpty()) {
            parent.problem(key, "needs a text, e.g. \"...\" or {\"en-US\": \"...\"}");
        }
        return texts;
    }
}
