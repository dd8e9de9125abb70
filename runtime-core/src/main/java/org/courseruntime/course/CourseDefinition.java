package org.courseruntime.course;

import java.util.Map;
import org.courseruntime.statement.Activity;

/**
 * What the runtime knows of the course it tracks: the course activity id (an IRI), its title as a language map,
 * and the language of its content (an RFC 5646 tag such as {@code en-US}).
 */
public record CourseDefinition(String id, Map<String, String> title, String language) {
    /** The xAPI activity type of a whole course. */
    public static final String COURSE_TYPE = "http://adlnet.gov/expapi/activities/course";

    public CourseDefinition {
        title = Map.copyOf(title);
    }

    /** The course as the object of course-level statements. */
    public Activity activity() {
        return new Activity(id, COURSE_TYPE, title);
    }
}
