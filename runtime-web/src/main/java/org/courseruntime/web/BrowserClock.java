package org.courseruntime.web;

import org.courseruntime.port.Clock;
import org.courseruntime.port.Timer;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSDate;

/** The clock and timer ports on Date.now(), setTimeout and promise jobs. */
final class BrowserClock implements Clock, Timer {
    @Override
    public long nowMillis() {
        return (long) JSDate.now();
    }

    @Override
    public void schedule(long delayMillis, Runnable task) {
        Window.setTimeout(task::run, (int) delayMillis);
    }

    @Override
    public void soon(Runnable task) {
        microtask(task::run);
    }

    @JSBody(params = "task", script = "Promise.resolve().then(task);")
    private static native void microtask(TimerHandler task);
}
