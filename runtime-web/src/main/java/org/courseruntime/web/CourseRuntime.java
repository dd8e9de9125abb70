package org.courseruntime.web;

import java.util.ArrayList;
import java.util.List;
import org.courseruntime.launch.CourseLaunch;
import org.courseruntime.launch.Environment;
import org.courseruntime.statement.Statement;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * The page's entry point, {@code window.CourseRuntime}. A course hands it its definition and publish settings
 * (the JSON texts) and reports what the learner does:
 * <pre>
 * var runtime = CourseRuntime.launch(courseJsonText, publishSettingsJsonText);
 * runtime.onStatus(function (status) { indicator.textContent = status.state; });
 * runtime.start();
 * </pre>
 * A thin layer: every decision is made in runtime-core.
 */
public final class CourseRuntime {
    private final CourseLaunch launch;

    private CourseRuntime(CourseLaunch launch) {
        this.launch = launch;
    }

    /**
     * Opens a course. Never throws: when the definition or settings are unusable, nothing is tracked, one error
     * is logged to the console, and {@link #status()} has {@code state: "misconfigured"} and a {@code problem}
     * to show the learner. Example: {@code CourseRuntime.launch(courseText, settingsText)}.
     */
    @JSExport
    public static CourseRuntime launch(String courseJson, String publishSettingsJson) {
        Environment env = new Environment(new XhrHttpClient(), new LocalStorageStore(), new BrowserClock(),
                new BrowserClock(), new CryptoRandom(), new ConsoleLog(), pageOrigin());
        return new CourseRuntime(CourseLaunch.open(courseJson, publishSettingsJson, env));
    }

    /** The learner starts the course: sends "started" once (if selected). Example: {@code runtime.start()}. */
    @JSExport
    public void start() {
        if (launch.isTracking()) {
            launch.tracker().start();
        }
    }

    /**
     * The tracking status: {@code {state, queued, sending, confirmed, setAside, problem}}, where state is one of
     * saved, sending, retrying, auth-refused, rejected, misconfigured. Example: {@code runtime.status().state}.
     */
    @JSExport
    public JSObject status() {
        return Json.toJs(launch.status().toJson());
    }

    /** Calls {@code listener(status)} on every change of {@link #status()}. Example: {@code runtime.onStatus(show)}. */
    @JSExport
    public void onStatus(StatusCallback listener) {
        if (launch.isTracking()) {
            launch.delivery().addListener(status -> listener.call(Json.toJs(status.toJson())));
        }
    }

    /**
     * The statements the LRS confirmed since the page loaded, as sent, oldest first: for a course's debug panel.
     * Example: {@code runtime.confirmedStatements()[0].id}.
     */
    @JSExport
    public JSObject confirmedStatements() {
        List<Object> statements = new ArrayList<>();
        if (launch.isTracking()) {
            for (Statement statement : launch.delivery().confirmedStatements()) {
                statements.add(statement.toJson());
            }
        }
        return Json.toJs(statements);
    }

    @JSBody(script = "return String(window.location.origin);")
    private static native String pageOrigin();
}
