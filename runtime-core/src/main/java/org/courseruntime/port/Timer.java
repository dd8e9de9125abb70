package org.courseruntime.port;

/** Runs work later (setTimeout in the browser). */
public interface Timer {
    /** Runs {@code task} once, after at least {@code delayMillis}. */
    void schedule(long delayMillis, Runnable task);

    /**
     * Runs {@code task} once, as soon as the current work is done and before anything else runs, a navigation
     * included: a microtask in the browser.
     */
    default void soon(Runnable task) {
        schedule(0, task);
    }
}
