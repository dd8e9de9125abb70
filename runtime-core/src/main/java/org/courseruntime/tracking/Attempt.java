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

    Attempt(String registration, long startedAtMillis) {
        this.registration = registration;
        this.startedAtMillis = startedAtMillis;
    }

    boolean isFinished() {
        return outcome != null;
    }
}
