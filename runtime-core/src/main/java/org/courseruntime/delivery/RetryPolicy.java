package org.courseruntime.delivery;

/** How long to wait before trying again after {@code failures} failed tries in a row: doubling from 1 s, at most 60 s. */
final class RetryPolicy {
    static final long FIRST_DELAY_MILLIS = 1_000;
    static final long MAX_DELAY_MILLIS = 60_000;

    private RetryPolicy() {
    }

    static long delayMillis(int failures) {
        long delay = FIRST_DELAY_MILLIS;
        for (int i = 1; i < failures && delay < MAX_DELAY_MILLIS; i++) {
            delay *= 2;
        }
        return Math.min(delay, MAX_DELAY_MILLIS);
    }
}
