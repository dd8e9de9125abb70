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
    @JSFunctor
    interface Handler extends JSObject {
        void handle(String event);
    }

    private PageLifecycle() {
    }

    static void connect(CourseLaunch launch) {
        Delivery delivery = launch.delivery();
        delivery.setOnline(isOnline());
        listen(event -> {
            switch (event) {
                case "hidden" -> launch.pageHidden();
                case "online" -> delivery.setOnline(true);
                case "offline" -> delivery.setOnline(false);
                case "storage" -> delivery.storeChangedElsewhere();
                default -> {
                }
            }
        });
    }

    @JSBody(script = "return navigator.onLine !== false;")
    private static native boolean isOnline();

    @JSBody(params = "handler", script = "var hidden = function () { handler('hidden'); };"
            + "window.addEventListener('pagehide', hidden);"
            + "document.addEventListener('visibilitychange', function () { if (document.visibilityState === 'hidden') hidden(); });"
            + "window.addEventListener('online', function () { handler('online'); });"
            + "window.addEventListener('offline', function () { handler('offline'); });"
            + "window.addEventListener('storage', function (e) {"
            + " if (!e.key || e.key.lastIndexOf('courseruntime.', 0) === 0) handler('storage'); });")
    private static native void listen(Handler handler);
}
