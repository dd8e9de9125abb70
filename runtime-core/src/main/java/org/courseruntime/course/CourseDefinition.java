package org.courseruntime.course;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.statement.Activity;

/**
 * The course the runtime tracks, as the author defined it in {@code course.json}.
 *
 * @param id           the course activity IRI
 * @param title        the course title as a language map
 * @param language     the language of the content (an RFC 5646 tag such as {@code en-US})
 * @param masteryScore the scaled score (0 to 1) at which "mastered" is sent, or {@code null} for none
 * @param passCriteria when a completed attempt passes
 * @param sections     the sections, in order
 * @param tries        how many answers each question takes in an attempt (the latest counts), or 0 for no limit
 */
public record CourseDefinition(String id, Map<String, String> title, String language, Double masteryScore,
                               PassCriteria passCriteria, List<Section> sections, int tries) {
    /** The xAPI activity type of a whole course. */
    public static final String COURSE_TYPE = "http://adlnet.gov/expapi/activities/course";

    public CourseDefinition {
        title = new OrderedMap<>(title);
        sections = new ArrayList<>(sections);
    }

    /**
     * The same course known by another activity id, the one an LMS launched it as. Sections and pages keep their
     * ids, which stay under the course's own IRI.
     */
    public CourseDefinition withId(String otherId) {
        return new CourseDefinition(otherId, title, language, masteryScore, passCriteria, sections, tries);
    }

    /** The course as the object of course-level statements. */
    public Activity activity() {
        return new Activity(id, COURSE_TYPE, title);
    }

    /** Every page of every section, in course order. */
    public List<Page> pages() {
        List<Page> pages = new ArrayList<>();
        for (Section section : sections) {
            pages.addAll(section.pages());
        }
        return pages;
    }

    /** The section holding the page with {@code pageId}, or {@code null}. */
    public Section sectionOf(String pageId) {
        for (Section section : sections) {
            for (Page page : section.pages()) {
                if (page.id().equals(pageId)) {
                    return section;
                }
            }
        }
        return null;
    }

    /** The page with {@code pageId}, or {@code null}. */
    public Page page(String pageId) {
        Section section = sectionOf(pageId);
        if (section == null) {
            return null;
        }
        for (Page page : section.pages()) {
            if (page.id().equals(pageId)) {
                return page;
            }
        }
        return null;
    }
}
