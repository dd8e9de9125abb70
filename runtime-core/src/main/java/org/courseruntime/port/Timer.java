package org.courseruntime.port;

/** Runs work later (setTimeout in the browser). */
public interface Timer {
    /** Runs {@code task} once, after at least {@code delayMillis}. */
    void schedule(long delayMillis, Runnable task);
}
