package org.courseruntime.check;

import java.util.List;
import org.courseruntime.course.CourseDefinitionCheck;
import org.courseruntime.course.CourseDefinitionReader;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.port.DocumentCheck;
import org.courseruntime.publish.PublishSettingsCheck;
import org.courseruntime.publish.PublishSettingsReader;

/**
 * The full check of a course's two author documents, every problem with its location, in the words of the check the
 * publisher runs before it stamps a course ({@code CourseDefinitionReader.read}, {@code PublishSettingsReader.read}):
 * what {@code course-check.js} exports to authoring tools, and what the learner's runtime asks for texts no stamp
 * vouches for. Never part of {@code course-runtime.js}.
 */
public final class CourseFilesCheck implements DocumentCheck {
    /** Every problem of the text of {@code course.json}; empty when the course can be used. */
    public static List<String> courseProblems(String json) {
        try {
            return CourseDefinitionCheck.problems(InvalidDocumentException.parse(CourseDefinitionReader.DOCUMENT, json)).all();
        } catch (InvalidDocumentException e) {
            return e.problems();
        }
    }

    /** Every problem of the text of {@code publish-settings.json}, never echoing the password; empty when usable. */
    public static List<String> settingsProblems(String json) {
        try {
            return PublishSettingsCheck.problems(InvalidDocumentException.parse(PublishSettingsReader.DOCUMENT, json)).all();
        } catch (InvalidDocumentException e) {
            return e.problems();
        }
    }

    @Override
    public void check(String courseJson, String settingsJson, Result result) {
        result.checked(courseProblems(courseJson), settingsProblems(settingsJson));
    }
}
