package org.courseruntime.tracking;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.courseruntime.interaction.Answer;

/** The state of one attempt at the course: what the learner viewed and answered, and what was already reported. */
final class Attempt {
    final String registration;
    final long startedAtMillis;
    /** Content pages viewed (experienced). */
    final Set<String> viewed = new HashSet<>();
    /** The latest answer to each question answered. */
    final Map<String, Answer> answers = new LinkedHashMap<>();
    boolean masteredSent;
    Outcome outcome;
    /** When the attempt was finished (its duration ends there). */
    long finishedAtMillis;
    /** The attempt's number within its registration, from 1 (a retake under an LMS's registration counts up). */
    int number = 1;
    /** cmi5, per registration: "completed" was sent (it may be sent once). */
    boolean completedSent;
    /** cmi5, per registration: "passed" was sent (once; no "failed" may follow). */
    boolean passedSent;
    /** cmi5: the session that sent "passed" or "failed" (one of them per session), or {@code null}. */
    String judgedInSession;
    /** The page the learner was last on, where a resumed attempt reopens, or {@code null}. */
    String position;
    /** How many times the attempt was saved: of two copies (browser, LRS), the higher revision is the newer. */
    int revision;

    Attempt(String registration, long startedAtMillis) {
        this.registration = registration;
        this.startedAtMillis = startedAtMillis;
    }

    /** The next attempt of the same registration: its number counts on, and what cmi5 allows once per registration stays sent. */
    Attempt next(String sameRegistration, long startedAt) {
        Attempt next = new Attempt(sameRegistration, startedAt);
        next.number = number + 1;
        next.completedSent = completedSent;
        next.passedSent = passedSent;
        next.judgedInSession = judgedInSession;
        return next;
    }

    boolean isFinished() {
        return outcome != null;
    }
}
