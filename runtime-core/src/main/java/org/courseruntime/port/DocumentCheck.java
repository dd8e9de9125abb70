package org.courseruntime.port;

import java.util.List;

/**
 * The full check of a course definition and its publish settings, for the texts no publisher stamp vouches for:
 * on the JVM the checker itself; in the browser {@code course-check.js}, loaded first, so the answer comes later.
 */
public interface DocumentCheck {
    /** Checks both texts ({@code null}: the file could not be loaded) and tells {@code result}. */
    void check(String courseJson, String settingsJson, Result result);

    /** What the check found. */
    interface Result {
        /** Every problem of each document, with its location; both lists empty when the course can be used. */
        void checked(List<String> courseProblems, List<String> settingsProblems);

        /** The check could not run (the checker could not be loaded), for the reason given. */
        void unavailable(String why);
    }
}
