package org.courseruntime.lrs;

import org.courseruntime.port.HttpResponse;

/**
 * What an answer of an LRS or LMS means. 400, 409, 413, and under a cmi5 LMS a 403 naming a rule about one request
 * ({@link RuleBreach}), point at what was sent; other 401 and 403 at the credentials or the session, other 4xx and
 * 3xx at the endpoint (neither improves until the settings change or the course is launched again); 408, 429, 5xx
 * and no answer at all are passing failures, which a later try may get past. Numbers, not an enum, as the login choice
 * is a string (docs/decisions.md: an enum's names and values cost the runtime bytes it does not use).
 */
public final class Verdict {
    public static final int CONFIRMED = 0;
    public static final int RETRY = 1;
    public static final int REJECTED = 2;
    public static final int AUTH_REFUSED = 3;
    public static final int ENDPOINT_REFUSED = 4;

    private Verdict() {
    }

    static int of(HttpResponse response, LrsSource source) {
        int status = response.status();
        if (status >= 200 && status < 300) {
            return CONFIRMED;
        }
        if (status == 400 || status == 409 || status == 413) {
            return REJECTED;
        }
        if (status == 403 && source.namesRules()) {
            RuleBreach breach = RuleBreach.of(response);
            if (breach != null && !breach.endsSession()) {
                return REJECTED;
            }
        }
        if (status == 401 || status == 403) {
            return AUTH_REFUSED;
        }
        if (status == 408 || status == 429 || status >= 500 || status < 200) {
            return RETRY;
        }
        return ENDPOINT_REFUSED;
    }
}
