package org.courseruntime.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.interaction.Interaction;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonLimits;
import org.courseruntime.json.JsonObjectView;
import org.courseruntime.json.Problems;
import org.courseruntime.statement.Iri;

/**
 * Reads {@code course.json} and reports every problem at once with its location, e.g.
 * {@code sections[1].pages[0].correct: "d" is not a choice id (a, b, c)}. The format is in docs/course-definition.md.
 */
public final class CourseDefinitionReader {
    static final String DOCUMENT = "course definition";

    private final Problems problems = new Problems();
    private final List<String> ids = new ArrayList<>();
    private String courseId;
    private String language;
    private double totalWeight;

    private CourseDefinitionReader() {
    }

    /** The course definition in {@code json}. */
    public static CourseDefinition read(String json) throws InvalidDocumentException {
        return new CourseDefinitionReader().readDocument(json);
    }

    private CourseDefinition readDocument(String json) throws InvalidDocumentException {
        JsonObjectView root = JsonObjectView.of(InvalidDocumentException.parse(DOCUMENT, json), "", problems);
        if (root == null) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        root.rejectUnknown("id", "title", "language", "masteryScore", "passCriteria", "sections");
        courseId = root.requiredString("id");
        if (courseId != null && !Iri.isAbsolute(courseId)) {
            root.problem("id", "must be an absolute IRI such as https://courses.example.com/my-course");
        }
        language = root.requiredString("language");
        if (language != null && !LanguageTag.isValid(language)) {
            root.problem("language", "must be a language tag such as en-US");
        }
        Map<String, String> title = CourseText.read(root, "title", true, language);
        Double masteryScore = fraction(root, "masteryScore");
        List<Section> sections = sections(root);
        PassCriteria passCriteria = passCriteria(root);
        if (!JsonLimits.isWritable(totalWeight)) {
            root.problem("sections", "the questions' weights add up to 1e15 or more, which no statement can carry as a score");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        return new CourseDefinition(courseId, title, language, masteryScore, passCriteria, sections);
    }

    private List<Section> sections(JsonObjectView root) {
        List<Section> sections = new ArrayList<>();
        List<?> items = root.array("sections", true);
        if (items != null && items.isEmpty()) {
            root.problem("sections", "needs at least one section");
        }
        for (int i = 0; items != null && i < items.size(); i++) {
            JsonObjectView section = root.element("sections", i);
            if (section == null) {
                continue;
            }
            section.rejectUnknown("id", "title", "pages");
            String id = localId(section);
            Map<String, String> title = CourseText.read(section, "title", true, language);
            List<Page> pages = pages(section);
            sections.add(new Section(id, activityId(id), title, pages));
        }
        return sections;
    }

    private List<Page> pages(JsonObjectView section) {
        List<Page> pages = new ArrayList<>();
        List<?> items = section.array("pages", true);
        if (items != null && items.isEmpty()) {
            section.problem("pages", "needs at least one page");
        }
        for (int i = 0; items != null && i < items.size(); i++) {
            JsonObjectView page = section.element("pages", i);
            if (page != null) {
                pages.add(page(page));
            }
        }
        return pages;
    }

    private Page page(JsonObjectView page) {
        String id = localId(page);
        Map<String, String> title = CourseText.read(page, "title", true, language);
        String type = page.requiredString("type");
        if ("content".equals(type)) {
            page.rejectUnknown("id", "type", "title");
            return new Page(id, activityId(id), title, null);
        }
        if (!"question".equals(type)) {
            if (type != null) {
                page.problem("type", "must be \"content\" or \"question\"");
            }
            return new Page(id, activityId(id), title, null);
        }
        Map<String, String> prompt = CourseText.read(page, "prompt", false, language);
        Double weight = page.number("weight");
        if (weight != null && weight < 0) {
            page.problem("weight", "must not be negative");
        }
        Interaction interaction = InteractionReader.read(page, language);
        Question question = interaction == null ? null : new Question(prompt, weight == null ? 1 : weight, interaction);
        totalWeight += question == null ? 0 : question.weight();
        return new Page(id, activityId(id), title, question);
    }

    private PassCriteria passCriteria(JsonObjectView root) {
        JsonObjectView criteria = root.object("passCriteria", false);
        if (criteria == null) {
            return PassCriteria.ON_COMPLETION;
        }
        criteria.rejectUnknown("minimumScore", "requiredSections");
        Double minimum = fraction(criteria, "minimumScore");
        List<String> required = new ArrayList<>();
        List<?> names = criteria.array("requiredSections", false);
        for (int i = 0; names != null && i < names.size(); i++) {
            if (!(names.get(i) instanceof String name) || !isSection(root, name)) {
                criteria.problem("requiredSections", "item " + i + " is not the id of a section");
            } else {
                required.add(name);
            }
        }
        return new PassCriteria(minimum == null ? 0 : minimum, required);
    }

    private static boolean isSection(JsonObjectView root, String id) {
        for (Object section : root.array("sections", false) == null ? new ArrayList<>() : root.array("sections", false)) {
            if (section instanceof Map<?, ?> map && id.equals(map.get("id"))) {
                return true;
            }
        }
        return false;
    }

    private String localId(JsonObjectView view) {
        String id = view.requiredString("id");
        if (id == null) {
            return null;
        }
        if (!LocalId.isValid(id)) {
            view.problem("id", "must be letters, digits, '-', '_' or '.' only (it becomes part of the activity IRI)");
        } else if (ids.indexOf(id) >= 0) {
            view.problem("id", "\"" + id + "\" is already the id of another section or page");
        } else {
            ids.add(id);
        }
        return id;
    }

    private String activityId(String localId) {
        return courseId == null || localId == null ? null : courseId + (courseId.endsWith("/") ? "" : "/") + localId;
    }

    private static Double fraction(JsonObjectView view, String key) {
        Double value = view.number(key);
        if (value != null && (value < 0 || value > 1)) {
            view.problem(key, "must be a scaled score between 0 and 1 (e.g. 0.8 for 80%)");
            return null;
        }
        return value;
    }
}
