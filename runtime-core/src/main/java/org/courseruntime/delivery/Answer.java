package org.courseruntime.delivery;

/**
 * What an LRS answer means for a batch. A batch is accepted or rejected whole: 400 and 409 never succeed on a
 * plain retry; 401 and 403 will not until the credentials change; network errors, 429 and 5xx may on a later try.
 */
enum Answer {
    CONFIRMED,
    RETRY,
    REJECTED,
    AUTH_REFUSED;

    static Answer of(int status) {
        if (status >= 200 && status < 300) {
            return CONFIRMED;
        }
        if (status == 401 || status == 403) {
            return AUTH_REFUSED;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return RETRY;
        }
        return REJECTED;
    }
}
