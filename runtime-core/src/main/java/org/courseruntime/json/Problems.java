package org.courseruntime.json;

import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found in a course definition or publish settings, each with its location, so that an author
 * sees all of them at once instead of fixing one per run.
 */
public final class Problems {
    private final List<String> found = new ArrayList<>();

    /** Records {@code what} is wrong at {@code where} (a path such as {@code lrs.endpoint}). */
    public void add(String where, String what) {
        found.add(where.isEmpty() ? what : where + ": " + what);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** The problems in the order they were found. */
    public List<String> all() {
        return new ArrayList<>(found);
    }
}
