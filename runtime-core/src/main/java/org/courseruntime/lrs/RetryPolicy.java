package org.courseruntime.lrs;

import org.courseruntime.port.RandomSource;

/**
 * How long to wait before the next try after {@code failures} failed tries in a row: doubling from 1 s up to a
 * cap of 60 s, each delay drawn at random between half and all of it (so that thousands of learners whose LRS
 * comes back do not retry in step), and never sooner than the LRS's {@code Retry-After} (itself capped at an hour).
 */
final class RetryPolicy {
    static final long FIRST_DELAY_MILLIS = 1_000;
    static final long MAX_DELAY_MILLIS = 60_000;
    static final long MAX_RETRY_AFTER_MILLIS = 3_600_000;

    private RetryPolicy() {
    }

    /** A uniformly random number in [0, 1) for {@link #delayMillis}. */
    static double uniform(RandomSource random) {
        return (random.nextInt() & 0x7FFFFFFF) / (double) 0x80000000L;
    }

    /**
     * @param retryAfterMillis the server's Retry-After, or -1
     * @param random           a uniformly random number in [0, 1)
     */
    static long delayMillis(int failures, long retryAfterMillis, double random) {
        long ceiling = FIRST_DELAY_MILLIS;
        for (int i = 1; i < failures && ceiling < MAX_DELAY_MILLIS; i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, MAX_DELAY_MILLIS);
        long delay = ceiling / 2 + (long) (random * (ceiling / 2));
        return Math.max(delay, Math.min(retryAfterMillis, MAX_RETRY_AFTER_MILLIS));
    }
}
