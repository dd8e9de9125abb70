package org.courseruntime.web;

import org.courseruntime.port.Beacon;
import org.teavm.jso.JSBody;

/**
 * The beacon port on navigator.sendBeacon. The body is a URLSearchParams, so the browser sends it as
 * application/x-www-form-urlencoded: a CORS simple request that needs no preflight to reach another origin.
 */
final class SendBeacon implements Beacon {
    @Override
    public boolean send(String url, String formBody) {
        return sendBeacon(url, formBody);
    }

    @JSBody(params = {"url", "form"}, script = "try { return !!(navigator.sendBeacon"
            + " && navigator.sendBeacon(url, new URLSearchParams(form))); } catch (e) { return false; }")
    private static native boolean sendBeacon(String url, String form);
}
