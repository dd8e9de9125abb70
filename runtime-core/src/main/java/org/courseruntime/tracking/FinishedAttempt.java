package org.courseruntime.tracking;

import java.util.List;
import java.util.Map;
import org.courseruntime.statement.Activity;
import org.courseruntime.statement.Result;
import org.courseruntime.statement.Score;
import org.courseruntime.statement.Verb;

/** A finished attempt as an LMS's {@link LmsRules} see it: its outcome, what it reported, and a way to report more. */
public final class FinishedAttempt {
    private final Tracker tracker;
    private final Attempt attempt;
    /** Whether anything was reported, so that the changed record is kept once. */
    boolean reported;

    FinishedAttempt(Tracker tracker, Attempt attempt) {
        this.tracker = tracker;
        this.attempt = attempt;
    }

    public boolean passed() {
        return attempt.outcome.passed();
    }

    /** The score as it stands, or {@code null} when no question counts. */
    public Score score() {
        return attempt.outcome.score();
    }

    /**
     * Whether the score reaches the score that passes (the LMS's or the course's): not always so for a pass, as
     * required sections count too.
     */
    public boolean scorePasses() {
        return score() != null && tracker.passes(score());
    }

    /** Whether every page is done. */
    public boolean complete() {
        return attempt.outcome.progress() == 100;
    }

    /** The attempt's duration, as xAPI writes it ({@code PT4M12.5S}). */
    public String duration() {
        return tracker.duration(attempt);
    }

    /** What the attempt reported to the LMS; a change is kept by {@link #report}. */
    public LmsRecord record() {
        return attempt.lms;
    }

    /** Sends a statement about the course with {@code verb}; the changed {@link #record()} is kept with it. */
    public void report(Verb verb, Result result, List<Activity> category, Map<String, Object> extensions) {
        reported = true;
        tracker.report(attempt, verb, result, category, extensions);
    }
}
