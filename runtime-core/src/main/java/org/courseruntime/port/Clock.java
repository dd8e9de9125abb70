package org.courseruntime.port;

/** The wall clock (Date.now() in the browser). */
public interface Clock {
    /** Milliseconds since 1970-01-01T00:00:00Z. */
    long nowMillis();
}
