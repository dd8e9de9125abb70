package org.courseruntime.web.check;

import java.util.List;
import org.courseruntime.check.CourseFilesCheck;
import org.teavm.jso.JSExport;
import org.teavm.jso.core.JSArray;
import org.teavm.jso.core.JSString;

/**
 * {@code course-check.js}'s global {@code CourseCheck}: the full check of a course's two documents, the publisher's
 * own, for an authoring tool (in a browser or in Node) and for the learner's runtime when no stamp vouches for a
 * course's texts. Each function takes the file's text and returns every problem with its location, an empty array
 * when the file can be used:
 * <pre>
 * CourseCheck.checkCourse(courseJsonText);            // ["sections[0].pages[1].correct: \"d\" is not a choice id (a, b, c)"]
 * CourseCheck.checkPublishSettings(settingsJsonText); // []
 * </pre>
 */
public final class CourseCheck {
    private CourseCheck() {
    }

    /** Every problem of the text of {@code course.json} ({@code null}: no file). */
    @JSExport
    public static JSArray<JSString> checkCourse(String courseJson) {
        return array(CourseFilesCheck.courseProblems(courseJson));
    }

    /** Every problem of the text of {@code publish-settings.json} ({@code null}: no file); never echoes the password. */
    @JSExport
    public static JSArray<JSString> checkPublishSettings(String settingsJson) {
        return array(CourseFilesCheck.settingsProblems(settingsJson));
    }

    private static JSArray<JSString> array(List<String> problems) {
        JSArray<JSString> array = JSArray.create();
        for (String problem : problems) {
            array.push(JSString.valueOf(problem));
        }
        return array;
    }
}
