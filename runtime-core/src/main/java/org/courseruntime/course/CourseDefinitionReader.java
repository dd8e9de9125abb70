package org.courseruntime.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.Problems;

/**
 * Builds the course from {@code course.json}: from its text, checked first ({@link #read}), or from a definition
 * already checked ({@link #fromChecked}), as the learner's runtime does for a course whose publisher stamp vouches
 * for it. The format is in docs/course-definition.md.
 */
public final class CourseDefinitionReader {
    public static final String DOCUMENT = "course definition";

    private final String courseId;
    private final String language;

    private CourseDefinitionReader(String courseId, String language) {
        this.courseId = courseId;
        this.language = language;
    }

    /** The course definition in {@code json}, or every problem of it at once. */
    public static CourseDefinition read(String json) throws InvalidDocumentException {
        Object tree = InvalidDocumentException.parse(DOCUMENT, json);
        Problems problems = CourseDefinitionCheck.problems(tree);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        return fromChecked(tree);
    }

    /** The course of a parsed definition that {@link CourseDefinitionCheck} found no problem in. */
    public static CourseDefinition fromChecked(Object tree) {
        Map<?, ?> root = (Map<?, ?>) tree;
        String language = (String) root.get("language");
        CourseDefinitionReader reader = new CourseDefinitionReader((String) root.get("id"), language);
        List<Section> sections = new ArrayList<>();
        for (Object section : (List<?>) root.get("sections")) {
            sections.add(reader.section((Map<?, ?>) section));
        }
        return new CourseDefinition(reader.courseId, CourseText.of(root.get("title"), language), language,
                number(root.get("masteryScore"), null), passCriteria(root.get("passCriteria")), sections,
                number(root.get("tries"), 0.0).intValue());
    }

    private Section section(Map<?, ?> section) {
        List<Page> pages = new ArrayList<>();
        for (Object page : (List<?>) section.get("pages")) {
            pages.add(page((Map<?, ?>) page));
        }
        String id = (String) section.get("id");
        return new Section(id, activityId(id), CourseText.of(section.get("title"), language), pages);
    }

    private Page page(Map<?, ?> page) {
        String id = (String) page.get("id");
        Question question = !"question".equals(page.get("type")) ? null
                : new Question(CourseText.of(page.get("prompt"), language), number(page.get("weight"), 1.0),
                        InteractionReader.fromChecked(page, language));
        return new Page(id, activityId(id), CourseText.of(page.get("title"), language), question);
    }

    private static PassCriteria passCriteria(Object raw) {
        if (raw == null) {
            return PassCriteria.ON_COMPLETION;
        }
        Map<?, ?> criteria = (Map<?, ?>) raw;
        List<String> required = new ArrayList<>();
        if (criteria.get("requiredSections") != null) {
            for (Object name : (List<?>) criteria.get("requiredSections")) {
                required.add((String) name);
            }
        }
        return new PassCriteria(number(criteria.get("minimumScore"), 0.0), required);
    }

    private String activityId(String localId) {
        return courseId + (courseId.endsWith("/") ? "" : "/") + localId;
    }

    /** A checked number member, or {@code absent}. */
    static Double number(Object raw, Double absent) {
        return raw == null ? absent : Double.valueOf(((Number) raw).doubleValue());
    }
}
