package org.courseruntime.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonLimits;
import org.courseruntime.json.JsonObjectView;
import org.courseruntime.json.Problems;
import org.courseruntime.statement.Iri;

/**
 * Every problem of a course definition (the parsed {@code course.json}) at once, each with its location, e.g.
 * {@code sections[1].pages[0].correct: "d" is not a choice id (a, b, c)}. The format is in
 * docs/course-definition.md; {@link CourseDefinitionReader} builds the course from a definition this passed.
 */
public final class CourseDefinitionCheck {
    private final Problems problems = new Problems();
    private final List<String> ids = new ArrayList<>();
    private double totalWeight;

    private CourseDefinitionCheck() {
    }

    /** The problems of {@code tree}, none when it is a course definition. */
    public static Problems problems(Object tree) {
        CourseDefinitionCheck check = new CourseDefinitionCheck();
        check.course(tree);
        return check.problems;
    }

    private void course(Object tree) {
        JsonObjectView root = JsonObjectView.of(tree, "", problems);
        if (root == null) {
            return;
        }
        root.rejectUnknown("$schema", "id", "title", "language", "masteryScore", "passCriteria", "tries", "sections");
        root.optionalString("$schema"); // where an editor finds the JSON Schema of this file; the runtime ignores it
        String courseId = root.requiredString("id");
        if (courseId != null && !Iri.isAbsolute(courseId)) {
            root.problem("id", "must be an absolute IRI such as https://courses.example.com/my-course");
        }
        String language = root.requiredString("language");
        if (language != null && !LanguageTag.isValid(language)) {
            root.problem("language", "must be a language tag such as en-US");
        }
        CourseTextCheck.check(root, "title", true);
        fraction(root, "masteryScore");
        Double tries = root.number("tries");
        if (tries != null && (tries < 1 || tries != Math.floor(tries))) {
            root.problem("tries", "must be a whole number of 1 or more: how many answers each question takes in an attempt");
        }
        sections(root);
        passCriteria(root);
        if (!JsonLimits.isWritable(totalWeight)) {
            root.problem("sections", "the questions' weights add up to 1e15 or more, which no statement can carry as a score");
        }
    }

    private void sections(JsonObjectView root) {
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
            localId(section);
            CourseTextCheck.check(section, "title", true);
            pages(section);
        }
    }

    private void pages(JsonObjectView section) {
        List<?> items = section.array("pages", true);
        if (items != null && items.isEmpty()) {
            section.problem("pages", "needs at least one page");
        }
        for (int i = 0; items != null && i < items.size(); i++) {
            JsonObjectView page = section.element("pages", i);
            if (page != null) {
                page(page);
            }
        }
    }

    private void page(JsonObjectView page) {
        localId(page);
        CourseTextCheck.check(page, "title", true);
        String type = page.requiredString("type");
        if ("content".equals(type)) {
            page.rejectUnknown("id", "type", "title", "body");
            CourseTextCheck.check(page, "body", false);
            return;
        }
        if (!"question".equals(type)) {
            if (type != null) {
                page.problem("type", "must be \"content\" or \"question\"");
            }
            return;
        }
        CourseTextCheck.check(page, "prompt", false);
        CourseTextCheck.check(page, "explanation", false);
        Double weight = page.number("weight");
        if (weight != null && weight < 0) {
            page.problem("weight", "must not be negative");
        }
        if (InteractionCheck.passes(page)) {
            totalWeight += weight == null ? 1 : weight;
        }
    }

    private void passCriteria(JsonObjectView root) {
        JsonObjectView criteria = root.object("passCriteria", false);
        if (criteria == null) {
            return;
        }
        criteria.rejectUnknown("minimumScore", "requiredSections");
        fraction(criteria, "minimumScore");
        List<?> names = criteria.array("requiredSections", false);
        List<?> sections = root.raw("sections") instanceof List<?> list ? list : new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            if (!(names.get(i) instanceof String name) || !isSection(sections, name)) {
                criteria.problem("requiredSections", "item " + i + " is not the id of a section");
            }
        }
    }

    private static boolean isSection(List<?> sections, String id) {
        for (Object section : sections) {
            if (section instanceof Map<?, ?> map && id.equals(map.get("id"))) {
                return true;
            }
        }
        return false;
    }

    private void localId(JsonObjectView view) {
        String id = view.requiredString("id");
        if (id == null) {
            return;
        }
        if (!LocalId.isValid(id)) {
            view.problem("id", "must be letters, digits, '-', '_' or '.' only (it becomes part of the activity IRI)");
        } else if (ids.indexOf(id) >= 0) {
            view.problem("id", "\"" + id + "\" is already the id of another section or page");
        } else {
            ids.add(id);
        }
    }

    private static void fraction(JsonObjectView view, String key) {
        Double value = view.number(key);
        if (value != null && (value < 0 || value > 1)) {
            view.problem(key, "must be a scaled score between 0 and 1 (e.g. 0.8 for 80%)");
        }
    }
}
