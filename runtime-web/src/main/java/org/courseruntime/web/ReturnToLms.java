package org.courseruntime.web;

import org.courseruntime.delivery.DeliveryState;
import org.courseruntime.launch.CourseLaunch;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;

/**
 * Takes the learner back to the cmi5 LMS's returnURL at the end of a session: once every statement, "terminated"
 * last, is confirmed, or after {@value #WAIT_MILLIS} ms at most (what is still unconfirmed then goes in the page
 * close's beacons; the next session sets it aside and reports again what the LMS needs, see docs/cmi5.md).
 */
final class ReturnToLms {
    static final int WAIT_MILLIS = 5_000;

    private ReturnToLms() {
    }

    static void whenDelivered(CourseLaunch launch, String returnUrl) {
        boolean[] gone = {false};
        Runnable go = () -> {
            if (!gone[0]) {
                gone[0] = true;
                navigate(returnUrl);
            }
        };
        if (launch.status().state() == DeliveryState.SAVED) {
            go.run();
            return;
        }
        launch.addListener(status -> {
            if (status.state() == DeliveryState.SAVED) {
                go.run();
            }
        });
        Window.setTimeout(go::run, WAIT_MILLIS);
    }

    @JSBody(params = "url", script = "window.location.assign(url);")
    private static native void navigate(String url);
}
