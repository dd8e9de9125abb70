package org.courseruntime.delivery;

import org.courseruntime.port.HttpResponse;
import org.courseruntime.publish.LrsSource;

/**
 * What an LRS answer means for a batch. A batch is accepted or rejected whole: 400, 409, 413, and under a cmi5 LMS a
 * 403 naming a rule about one statement ({@link RuleBreach}), point at the statements (split the batch to find the
 * culprit; set a single one aside); other 401 and 403 at the credentials or the session, other 4xx at the endpoint
 * (neither improves until the settings change or the course is launched again); network errors, 408, 429 and 5xx
 * may succeed on a later try.
 */
enum Answer {
    CONFIRMED,
    RETRY,
    REJECTED,
    AUTH_REFUSED,
    ENDPOINT_REFUSED;

    static Answer of(HttpResponse response, LrsSource source) {
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
