package org.courseruntime.web;

import java.util.ArrayList;
import java.util.List;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.port.DocumentCheck;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * The full check of a course's texts in the browser: {@code course-check.js}, loaded only for texts no publisher
 * stamp vouches for, from beside {@code course-runtime.js} (or the page, when no script of that name is found).
 */
final class CheckScript implements DocumentCheck {
    @Override
    public void check(String courseJson, String settingsJson, Result result) {
        load(courseJson, settingsJson, (courseProblems, settingsProblems) -> {
            try {
                result.checked(strings(courseProblems), strings(settingsProblems));
            } catch (JsonSyntaxException e) {
                result.unavailable("course-check.js answered in a form this runtime does not read");
            }
        }, result::unavailable);
    }

    private static List<String> strings(String jsonArray) throws JsonSyntaxException {
        List<String> strings = new ArrayList<>();
        for (Object item : (List<?>) JsonReader.parse(jsonArray)) {
            strings.add((String) item);
        }
        return strings;
    }

    @JSFunctor
    interface Checked extends JSObject {
        void call(String courseProblems, String settingsProblems);
    }

    @JSFunctor
    interface Unavailable extends JSObject {
        void call(String why);
    }

    @JSBody(params = {"course", "settings", "checked", "unavailable"}, script = ""
            + "function run() {"
            + "  var check = self.CourseCheck;"
            + "  if (!check) { unavailable(url + ' did not define CourseCheck'); return; }"
            + "  checked(JSON.stringify(check.checkCourse(course)), JSON.stringify(check.checkPublishSettings(settings)));"
            + "}"
            + "var runtime = document.querySelector('script[src$=\"course-runtime.js\"]');"
            + "var url = new URL('course-check.js', runtime ? runtime.src : document.baseURI).href;"
            + "if (self.CourseCheck) { run(); return; }"
            + "var script = document.createElement('script');"
            + "script.src = url;"
            + "script.onload = run;"
            + "script.onerror = function () { unavailable(url + ' could not be loaded'); };"
            + "document.head.appendChild(script);")
    private static native void load(String course, String settings, Checked checked, Unavailable unavailable);
}
