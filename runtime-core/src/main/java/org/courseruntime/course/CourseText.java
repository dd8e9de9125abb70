package org.courseruntime.course;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;

/**
 * A text of the course (a title, a prompt, a choice) as a language map: written either as one ({@code {"en-US":
 * "...", "de-DE": "..."}}) or as a plain string, which is in the course's language. {@link CourseTextCheck} says
 * what is allowed.
 */
final class CourseText {
    private CourseText() {
    }

    /** The checked text {@code raw} (absent: {@code null}) as a language map. */
    static Map<String, String> of(Object raw, String language) {
        Map<String, String> texts = new OrderedMap<>();
        if (raw instanceof String text) {
            texts.put(language, text);
        } else if (raw != null) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) raw).entrySet()) {
                texts.put((String) entry.getKey(), (String) entry.getValue());
            }
        }
        return texts;
    }
}
