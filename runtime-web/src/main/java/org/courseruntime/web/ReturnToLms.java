package org.courseruntime.web;

import org.courseruntime.launch.CourseLaunch;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;

/**
 * Takes the learner back to the cmi5 LMS's returnURL at the end of a session: once the LMS confirmed "terminated", or
 * after {@value #WAIT_MILLIS} ms at most (a session whose "terminated" did not arrive is abandoned by the LMS; what is
 * left is set aside by the next session, which reports again what the LMS needs, see docs/cmi5.md).
 */
final class ReturnToLms {
    static final int WAIT_MILLIS = 10_000;

    private ReturnToLms() {
    }

    /** What {@link CourseLaunch#exit} runs when the session ended; it also runs after {@value #WAIT_MILLIS} ms. */
    static Runnable after(CourseLaunch launch) {
        boolean[] gone = {false};
        Runnable go = () -> {
            String returnUrl = launch.returnUrl();
            if (!gone[0] && returnUrl != null) {
                gone[0] = true;
                navigate(returnUrl);
            }
        };
        Window.setTimeout(go::run, WAIT_MILLIS);
        return go;
    }

    @JSBody(params = "url", script = "window.location.assign(url);")
    private static native void navigate(String url);
}
