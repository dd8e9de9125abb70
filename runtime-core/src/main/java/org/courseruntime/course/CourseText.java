package org.courseruntime.course;

import java.util.LinkedHashMap;
import java.util.Map;
import org.courseruntime.json.JsonObjectView;

/**
 * Reads a text of the course (a title, a prompt, a choice): either a language map ({@code {"en-US": "...",
 * "de-DE": "..."}}) or a plain string, which is taken to be in the course's language.
 */
public final class CourseText {
    private CourseText() {
    }

    /** The text at {@code key} as a language map; empty (with a problem when required) when absent or invalid. */
    public static Map<String, String> read(JsonObjectView parent, String key, boolean required, String language) {
        Map<String, String> texts = new LinkedHashMap<>();
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
