package org.courseruntime.tracking;

import java.util.function.Consumer;
import java.util.List;
import java.util.Map;
import org.courseruntime.delivery.StateSync;
import org.courseruntime.interaction.Answer;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.port.KeyValueStore;
import org.courseruntime.port.Log;
import org.courseruntime.port.Timer;
import org.courseruntime.statement.Score;

/**
 * Keeps the learner's current attempt in the browser ({@code courseruntime.attempt.<course> <learner>}), saved as
 * soon as the work that changed it is done ({@link Timer#soon}, a microtask in the browser: one write for a burst of
 * changes; {@link #flush()} writes it at once when the page may go), and through {@link StateSync} in the LRS's State API, so that a reload, or a launch on another
 * device, resumes it: same registration, the pages viewed and answers given still count, and
 * nothing already reported (started, experienced, answered, mastered, passed/failed) is sent again.
 */
public final class AttemptStore implements Runnable {
    private final KeyValueStore store;
    private final String key;
    private final StateSync remote;
    private final Timer timer;
    private final Log log;
    /** The attempt changed in this event-loop turn and not yet written, or {@code null}. */
    private Attempt unwritten;
    private boolean unreadableReported;

    /**
     * @param scope  the course and learner, as the outbox uses it
     * @param remote the LRS's copy of the attempt, kept in step with the browser's (at {@link #keyOf})
     * @param timer  runs the write at the end of the turn
     * @param log    where a saved attempt that cannot be read is reported
     */
    public AttemptStore(KeyValueStore store, String scope, StateSync remote, Timer timer, Log log) {
        this.store = store;
        this.key = keyOf(scope);
        this.remote = remote;
        this.timer = timer;
        this.log = log;
    }

    /** Where the browser keeps the attempt of {@code scope}. */
    public static String keyOf(String scope) {
        return "courseruntime.attempt." + scope;
    }

    /**
     * Takes the LRS's copy of the attempt ({@code json}, or {@code null}) in place of the browser's when it is newer
     * (a higher revision: the learner went on elsewhere); an unreadable copy is ignored. The browser's copy of another
     * registration than the LMS's {@code registration} counts as none.
     */
    public void adopt(String json, String registration) {
        int theirs = revision(json, null);
        if (theirs >= 0 && theirs > revision(store.get(key), registration)) {
            store.put(key, json);
        }
    }

    /** Whether the browser's attempt (of {@code registration}, when an LMS names one) may replace the LRS's copy. */
    public boolean mayReplace(String json, String registration) {
        flush();
        return revision(json, null) <= revision(store.get(key), registration);
    }

    /** The revision of the attempt in {@code json}, or -1 when none, unreadable, or of another registration. */
    private static int revision(String json, String registration) {
        try {
            return json != null && JsonReader.parse(json) instanceof Map<?, ?> attempt
                    && (registration == null || registration.equals(attempt.get("registration")))
                    && attempt.get("revision") instanceof Number number ? number.intValue() : -1;
        } catch (JsonSyntaxException unreadable) {
            return -1;
        }
    }

    /** Changes what the saved attempt of {@code registration}, if any, reported to the LMS, and keeps it. */
    public void changeRecord(String registration, Consumer<LmsRecord> change) {
        Attempt attempt = load(registration);
        if (attempt != null) {
            change.accept(attempt.lms);
            save(attempt);
        }
    }

    /** Keeps {@code attempt}: written at the end of this turn, with what else the turn changes. */
    void save(Attempt attempt) {
        attempt.revision++; // counts changes, not writes: the copy with more of the learner's work wins
        if (unwritten == null) {
            timer.soon(this); // runs flush(): no lambda class, which costs the runtime bytes
        }
        unwritten = attempt;
    }

    /** The end of the turn: the attempt changed in it is written. */
    @Override
    public void run() {
        flush();
    }

    /** Writes the attempt changed in this turn now: the page is being hidden and may not run another turn. */
    public void flush() {
        if (unwritten != null) {
            Attempt attempt = unwritten;
            unwritten = null;
            store.put(key, JsonWriter.write(attempt));
            remote.changed();
        }
    }

    /**
     * The attempt saved by an earlier page load, or {@code null} when there is none, it is unreadable (reported once to
     * the console), or it belongs to another registration than {@code registration} (when an LMS names one).
     */
    Attempt load(String registration) {
        flush();
        String text = store.get(key);
        if (text == null) {
            return null;
        }
        try {
            Map<?, ?> json = (Map<?, ?>) JsonReader.parse(text);
            String saved = (String) json.get("registration");
            if (registration != null && !registration.equals(saved)) {
                return null;
            }
            Attempt attempt = new Attempt(saved, ((Number) json.get("startedAt")).longValue());
            for (Object page : (List<?>) json.get("viewed")) {
                attempt.viewed.add((String) page);
            }
            ((Map<?, ?>) json.get("answers")).forEach((id, answer) -> attempt.answers.put((String) id,
                    new Answer((String) ((Map<?, ?>) answer).get("response"), (Boolean) ((Map<?, ?>) answer).get("correct"))));
            if (json.get("tries") instanceof Map<?, ?> tries) {
                for (Map.Entry<?, ?> question : tries.entrySet()) {
                    attempt.tries.put((String) question.getKey(), ((Number) question.getValue()).intValue());
                }
            } else if (json.get("tried") instanceof List<?> tried) { // saved as one entry per answer
                for (Object question : tried) {
                    attempt.tried((String) question);
                }
            } else { // saved before tries were counted: each question answered took one
                for (Map.Entry<String, Answer> answer : attempt.answers.entrySet()) {
                    attempt.tried(answer.getKey());
                }
            }
            attempt.masteredSent = Boolean.TRUE.equals(json.get("masteredSent"));
            attempt.number = json.get("number") instanceof Number number ? number.intValue() : 1;
            attempt.lms.completedSent = Boolean.TRUE.equals(json.get("completedSent"));
            attempt.lms.passedSent = Boolean.TRUE.equals(json.get("passedSent"));
            attempt.lms.judgedInSession = (String) json.get("judgedInSession");
            attempt.position = (String) json.get("position");
            attempt.revision = json.get("revision") instanceof Number revision ? revision.intValue() : 0;
            if (json.get("outcome") instanceof Map<?, ?> outcome) {
                Score score = outcome.get("max") instanceof Number max
                        ? Score.of(((Number) outcome.get("raw")).doubleValue(), max.doubleValue()) : null;
                attempt.outcome = new Outcome(Boolean.TRUE.equals(outcome.get("passed")), score,
                        Boolean.TRUE.equals(outcome.get("mastered")), ((Number) outcome.get("progress")).intValue(),
                        attempt.answers);
                attempt.finishedAtMillis = outcome.get("finishedAt") instanceof Number finishedAt
                        ? finishedAt.longValue() : attempt.startedAtMillis;
            }
            return attempt;
        } catch (JsonSyntaxException | RuntimeException unreadable) {
            // Written by an older or damaged page, or a bug: begin afresh rather than guess, but say so, once.
            if (!unreadableReported) {
                unreadableReported = true;
                log.error("The learner's saved attempt cannot be read (" + unreadable.getMessage()
                        + "): the course begins a new attempt. Please tell the course author.");
            }
            return null;
        }
    }
}
