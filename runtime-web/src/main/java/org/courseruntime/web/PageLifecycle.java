package org.courseruntime.web;

import org.courseruntime.delivery.Delivery;
import org.courseruntime.launch.CourseLaunch;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * Tells delivery (of statements and of the learner's saved attempt) what the page goes through: hidden or closed (pagehide, visibilitychange to hidden), offline and
 * back online, and another tab of the course changing the stored statements (the storage event).
 */
final class PageLifecycle {
    private static final int HIDDEN = 0;
    private static final int ONLINE = 1;
    private static final int OFFLINE = 2;
    private static final int STORAGE = 3;

    /** Called with one of the event codes above (numbers, not names: no string switch in the compiled runtime). */
    @JSFunctor
    interface Handler extends JSObject {
        void handle(int event);
    }

    private PageLifecycle() {
    }

    static void connect(CourseLaunch launch) {
        Delivery delivery = launch.delivery();
        delivery.setOnline(isOnline());
        listen(event -> {
            switch (event) {
                case HIDDEN -> launch.pageHidden();
                case ONLINE -> delivery.setOnline(true);
                case OFFLINE -> delivery.setOnline(false);
                case STORAGE -> delivery.storeChangedElsewhere();
                default -> {
                }
            }
        });
    }

    @JSBody(script = "return navigator.onLine !== false;")
    private static native boolean isOnline();

    @JSBody(params = "handler", script = "var hidden = function () { handler(0 /* HIDDEN */); };"
            + "window.addEventListener('pagehide', hidden);"
            + "document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') hidden(); });"
            + "window.addEventListener('online', function () { handler(1 /* ONLINE */); });"
            + "window.addEventListener('offline', function () { handler(2 /* OFFLINE */); });"
            + "window.addEventListener('storage', function (e) {"
            + " if (!e.key || e.key.lastIndexOf('courseruntime.', 0) === 0 && e.key.lastIndexOf('courseruntime.lock.', 0) !== 0)"
            + " handler(3 /* STORAGE */); });") // a lease renewed by the sending tab changes no statement
    private static native void listen(Handler handler);
}
