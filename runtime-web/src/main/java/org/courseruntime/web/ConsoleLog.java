package org.courseruntime.web;

import org.courseruntime.port.Log;
import org.teavm.jso.JSBody;

/** The log port on the browser console, each message prefixed with the runtime's name. */
final class ConsoleLog implements Log {
    private static final String PREFIX = "[course-runtime] ";

    @Override
    public void error(String message) {
        consoleError(PREFIX + message);
    }

    @Override
    public void warn(String message) {
        consoleWarn(PREFIX + message);
    }

    @JSBody(params = "message", script = "console.error(message);")
    private static native void consoleError(String message);

    @JSBody(params = "message", script = "console.warn(message);")
    private static native void consoleWarn(String message);
}
