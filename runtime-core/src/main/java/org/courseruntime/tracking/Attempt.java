package org.courseruntime.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.interaction.Answer;
import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/**
 * The state of one attempt at the course: what the learner viewed and answered, and what was already reported.
 * It writes itself as the JSON that {@link AttemptStore} saves after every change, without a tree of maps to build.
 */
final class Attempt implements JsonWritable {
    final String registration;
    final long startedAtMillis;
    /** Content pages viewed (experienced). */
    final List<String> viewed = new ArrayList<>();
    /** The latest answer to each question answered. */
    final Map<String, Answer> answers = new OrderedMap<>();
    /**
     * How many answers each question took, by question id: a count, not a list of every answer, so that a question
     * answered again and again costs neither time to count nor room in the saved attempt.
     */
    final Map<String, Integer> tries = new OrderedMap<>();
    boolean masteredSent;
    Outcome outcome;
    /** When the attempt was finished (its duration ends there). */
    long finishedAtMillis;
    /** The attempt's number within its registration, from 1 (a retake under an LMS's registration counts up). */
    int number = 1;
    /** What was reported to the LMS that launched the course. */
    LmsRecord lms = new LmsRecord();
    /** The page the learner was last on, where a resumed attempt reopens, or {@code null}. */
    String position;
    /** How many times the attempt was saved: of two copies (browser, LRS), the higher revision is the newer. */
    int revision;

    Attempt(String registration, long startedAtMillis) {
        this.registration = registration;
        this.startedAtMillis = startedAtMillis;
    }

    /** The next attempt of the same registration: its number counts on, and what the LMS was told stays told. */
    Attempt next(String sameRegistration, long startedAt) {
        Attempt next = new Attempt(sameRegistration, startedAt);
        next.number = number + 1;
        next.lms = lms.copy();
        return next;
    }

    boolean isFinished() {
        return outcome != null;
    }

    /** How many answers question {@code questionId} took in this attempt. */
    int triesOf(String questionId) {
        Integer count = tries.get(questionId);
        return count == null ? 0 : count;
    }

    /** One more answer to question {@code questionId}; its try number. */
    int tried(String questionId) {
        int number = triesOf(questionId) + 1;
        tries.put(questionId, number);
        return number;
    }

    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject().member("registration", registration).member("startedAt", startedAtMillis).name("viewed").beginArray();
        for (String page : viewed) {
            out.item().value(page);
        }
        out.endArray().name("answers").beginObject();
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            out.member(answer.getKey(), answer.getValue());
        }
        out.endObject().name("tries").beginObject();
        for (Map.Entry<String, Integer> question : tries.entrySet()) {
            out.member(question.getKey(), (long) question.getValue());
        }
        out.endObject();
        // The ints as longs: Integer.valueOf would fill its cache of 256 Integers on the first save, at launch, where
        // TeaVM makes a Long per call (the same digits are written).
        out.member("masteredSent", masteredSent).member("number", (long) number)
                .member("completedSent", lms.completedSent).member("passedSent", lms.passedSent)
                .member("judgedInSession", lms.judgedInSession).member("position", position).member("revision", (long) revision);
        if (outcome != null) {
            out.name("outcome").beginObject().member("passed", outcome.passed()).member("mastered", outcome.mastered())
                    .member("progress", outcome.progress()).member("finishedAt", finishedAtMillis);
            if (outcome.score() != null) {
                out.member("raw", outcome.score().raw()).member("max", outcome.score().max());
            }
            out.endObject();
        }
        out.endObject();
    }
}
