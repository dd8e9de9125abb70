package org.courseruntime.tracking;

/**
 * What an attempt reported to the LMS that launched it, beyond xAPI tracking, kept with the attempt (also across its
 * retakes under the LMS's registration): the LMS's {@link LmsRules} read and write it.
 */
public final class LmsRecord {
    /** "completed" was sent for the registration. */
    public boolean completedSent;
    /** "passed" was sent for the registration. */
    public boolean passedSent;
    /** The session that sent "passed" or "failed", or {@code null}. */
    public String judgedInSession;

    LmsRecord copy() {
        LmsRecord copy = new LmsRecord();
        copy.completedSent = completedSent;
        copy.passedSent = passedSent;
        copy.judgedInSession = judgedInSession;
        return copy;
    }
}
