package org.courseruntime.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.delivery.DeliveryState;
import org.courseruntime.launch.CourseLaunch;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.tracking.Tracker;

/** A launched course whose LRS accepts everything, and the statements it received, in order. */
public final class TrackingHarness {
    public final TestEnvironment env = new TestEnvironment();
    public final CourseLaunch launch;
    private int read;

    public TrackingHarness(String course, String settings) {
        launch = CourseLaunch.open(course, settings, env.environment());
        if (launch.status().state() == DeliveryState.MISCONFIGURED) {
            throw new AssertionError(launch.status().problem());
        }
    }

    public Tracker tracker() {
        return launch.tracker();
    }

    /** Lets delivery finish, accepting every request, and returns all statements the LRS received so far. */
    public List<Map<?, ?>> sent() {
        while (true) {
            env.clock.runDue();
            if (env.network.waiting() == 0) {
                break;
            }
            env.network.answer(200, "[]");
        }
        List<Map<?, ?>> statements = new ArrayList<>();
        for (HttpRequest request : env.network.sent()) {
            try {
                for (Object statement : (List<?>) JsonReader.parse(request.body())) {
                    statements.add((Map<?, ?>) statement);
                }
            } catch (JsonSyntaxException e) {
                throw new AssertionError(e);
            }
        }
        return statements;
    }

    /** The statements received since the last call of this method. */
    public List<Map<?, ?>> sentSinceLastLook() {
        List<Map<?, ?>> all = sent();
        List<Map<?, ?>> fresh = all.subList(read, all.size());
        read = all.size();
        return fresh;
    }

    /** The verb display ("started", "answered"...) of each statement received since the last look. */
    public List<String> verbsSinceLastLook() {
        return sentSinceLastLook().stream().map(Statements::verb).toList();
    }

    /** A response as the page hands it in, from JSON text. */
    public static Object response(String json) {
        try {
            return JsonReader.parse(json);
        } catch (JsonSyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
