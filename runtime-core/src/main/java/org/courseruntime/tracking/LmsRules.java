package org.courseruntime.tracking;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;

/**
 * The rules an LMS's launch adds to xAPI tracking: cmi5's ({@code cmi5.Cmi5Rules}), or {@link #NONE} for a course
 * opened standalone or the Tin Can way. The tracker asks them and knows nothing of the LMS itself.
 */
public interface LmsRules {
    /** xAPI tracking alone: the course's pass criteria, "passed" or "failed" at the end, nothing more. */
    LmsRules NONE = new LmsRules() {
        @Override
        public boolean judges() {
            return true;
        }

        @Override
        public Double masteryScore() {
            return null;
        }

        @Override
        public Map<String, Object> contextTemplate() {
            return new OrderedMap<>();
        }

        @Override
        public boolean sendsProgress(LmsRecord record) {
            return true;
        }

        @Override
        public boolean reportsOutcome() {
            return false;
        }

        @Override
        public void finished(FinishedAttempt attempt) {
        }
    };

    /** Whether the learner's work is judged and kept for the record (not in a look around, such as cmi5's Browse). */
    boolean judges();

    /** The scaled score that passes when the LMS sets it, or {@code null} to use the course's. */
    Double masteryScore();

    /** What every statement's context starts from (an LMS's template), empty for none. */
    Map<String, Object> contextTemplate();

    /** Whether "progressed" is still sent for an attempt that reported {@code record}. */
    boolean sendsProgress(LmsRecord record);

    /** Whether the LMS is told the outcome by {@link #finished} instead of the "passed" or "failed" statement. */
    boolean reportsOutcome();

    /** The attempt is finished, or finished again: reports to the LMS what it is owed. */
    void finished(FinishedAttempt attempt);
}
