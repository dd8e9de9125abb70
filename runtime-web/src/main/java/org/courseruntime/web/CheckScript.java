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
 * stamp vouches for, from beside {@code course-runtime.js} (the page's folder when no script of that name is found);
 * through the page's AMD loader when it has one, where a plain script would register as an anonymous module. Any
 * failure on the way is reported as the check being unavailable, never a launch left waiting.
 */
final class CheckScript implements DocumentCheck {
    @Override
    public void check(String courseJson, String settingsJson, Result result) {
        load(courseJson, settingsJson, (courseProblems, settingsProblems) -> {
            List<String> course;
            List<String> settings;
            try {
                course = strings(courseProblems);
                settings = strings(settingsProblems);
            } catch (JsonSyntaxException | RuntimeException e) {
                result.unavailable("course-check.js answered in a form this runtime does not read");
                return;
            }
            result.checked(course, settings);
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

    // The caught errors are not named "e": TeaVM's minifier may give a parameter that name, which a catch clause would
    // then hide. The check runs outside the loading's try, so that a failure of what "checked" starts is not called a
    // failure to load.
    @JSBody(params = {"course", "settings", "checked", "unavailable"}, script = ""
            + "var url = 'course-check.js', loaded = null;"
            + "function run(check) {"
            + "  var courseProblems, settingsProblems;"
            + "  try {"
            + "    if (!check || typeof check.checkCourse !== 'function') throw new Error('it defines no CourseCheck');"
            + "    courseProblems = JSON.stringify(check.checkCourse(course));"
            + "    settingsProblems = JSON.stringify(check.checkPublishSettings(settings));"
            + "  } catch (checkFailure) { unavailable(url + ' failed: ' + checkFailure.message); return; }"
            + "  checked(courseProblems, settingsProblems);"
            + "}"
            + "try {"
            + "  var runtime = document.querySelector('script[src*=\"course-runtime.js\"]');"
            + "  url = new URL(url, runtime ? runtime.src : document.baseURI).href;"
            + "  loaded = self.CourseCheck || null;"
            + "  if (!loaded && typeof define === 'function' && define.amd && typeof require === 'function') {"
            + "    require([url], function (module) { run(module && module.CourseCheck); },"
            + "      function () { unavailable(url + ' could not be loaded'); });"
            + "  } else if (!loaded) {"
            + "    var script = document.createElement('script');"
            + "    script.src = url;"
            + "    script.onload = function () { run(self.CourseCheck); };"
            + "    script.onerror = function () { unavailable(url + ' could not be loaded'); };"
            + "    document.head.appendChild(script);"
            + "  }"
            + "} catch (loadFailure) { unavailable(url + ' could not be loaded: ' + loadFailure.message); return; }"
            + "if (loaded) run(loaded);")
    private static native void load(String course, String settings, Checked checked, Unavailable unavailable);
}
