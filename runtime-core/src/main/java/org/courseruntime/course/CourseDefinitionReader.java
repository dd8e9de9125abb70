package org.courseruntime.course;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonObjectView;
import org.courseruntime.json.Problems;
import org.courseruntime.statement.Iri;

/**
 * Reads {@code course.json} and reports every problem at once with its location. The format (see docs/course-definition.md):
 * <pre>
 * {"id": "https://courses.example.com/safe-lifting", "title": {"en-US": "Safe lifting"}, "language": "en-US"}
 * </pre>
 */
public final class CourseDefinitionReader {
    static final String DOCUMENT = "course definition";

    private CourseDefinitionReader() {
    }

    /** The course definition in {@code json}. */
    public static CourseDefinition read(String json) throws InvalidDocumentException {
        Object tree = InvalidDocumentException.parse(DOCUMENT, json);
        Problems problems = new Problems();
        JsonObjectView root = JsonObjectView.of(tree, "", problems);
        if (root == null) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        root.rejectUnknown(Set.of("id", "title", "language"));
        String id = root.requiredString("id");
        if (id != null && !Iri.isAbsolute(id)) {
            root.problem("id", "must be an absolute IRI such as https://courses.example.com/my-course");
        }
        Map<String, String> title = languageMap(root, "title");
        String language = root.requiredString("language");
        if (language != null && !LanguageTag.isValid(language)) {
            root.problem("language", "must be a language tag such as en-US");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        return new CourseDefinition(id, title, language);
    }

    private static Map<String, String> languageMap(JsonObjectView parent, String key) {
        JsonObjectView map = parent.object(key, true);
        Map<String, String> texts = new LinkedHashMap<>();
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
            parent.problem(key, "needs at least one language, e.g. {\"en-US\": \"...\"}");
        }
        return texts;
    }
}
