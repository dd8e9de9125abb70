package org.courseruntime.cmi5;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.delivery.Delivery;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.statement.Activity;
import org.courseruntime.statement.Result;
import org.courseruntime.statement.Score;
import org.courseruntime.statement.Statement;
import org.courseruntime.statement.Verb;
import org.courseruntime.tracking.AttemptStore;
import org.courseruntime.tracking.FinishedAttempt;
import org.courseruntime.tracking.LmsRecord;
import org.courseruntime.tracking.LmsRules;
import org.courseruntime.tracking.Tracker;

/**
 * What cmi5 adds to xAPI tracking in one session: the course's statements go out as cmi5 allowed statements over the
 * LMS's context template; only Normal launch mode judges the learner's work; the LMS's mastery score decides a pass;
 * and the end of an attempt reports the cmi5 defined "completed" and "passed" or "failed" (section 9.3) instead of
 * the course's own "passed" or "failed".
 */
public final class Cmi5Rules implements LmsRules {
    /** The context extension carrying the LMS's mastery score in a "passed" or "failed" judged against it. */
    static final String MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    private static final Activity CMI5_CATEGORY = new Activity("https://w3id.org/xapi/cmi5/context/categories/cmi5", null, null);
    private static final Activity MOVE_ON_CATEGORY = new Activity("https://w3id.org/xapi/cmi5/context/categories/moveon", null, null);

    /** How the id of each cmi5 defined verb starts. */
    private static final String DEFINED = "http://adlnet.gov/expapi/verbs/";

    private final Cmi5Session session;

    public Cmi5Rules(Cmi5Session session) {
        this.session = session;
    }

    @Override
    public boolean judges() {
        return session.launchData().isNormal();
    }

    @Override
    public Double masteryScore() {
        return session.launchData().masteryScore();
    }

    @Override
    public Map<String, Object> contextTemplate() {
        return session.launchData().contextTemplate();
    }

    /** No "progressed" once the registration is completed (cmi5 section 9.5.5.1). */
    @Override
    public boolean sendsProgress(LmsRecord record) {
        return !record.completedSent;
    }

    @Override
    public boolean reportsOutcome() {
        return true;
    }

    /**
     * The defined statements a finished attempt owes the LMS (cmi5 section 9.3): "completed" once per registration
     * when every page is done, then "passed" or "failed", at most one of them per session, never again after
     * "passed" in the registration, and a "failed" only for a first judgement. So a pass that a session could not
     * report (it had judged already) is reported by the next session's finish, and so is what a session ended before
     * the LMS confirmed. Judged against the LMS's mastery score when it gave one (which they then carry); a failed
     * statement's score is below it (cmi5 9.3.5), so failing on required sections alone reports none.
     */
    @Override
    public void finished(FinishedAttempt attempt) {
        LmsRecord record = attempt.record();
        boolean passed = attempt.passed();
        boolean complete = !record.completedSent && attempt.complete();
        String sessionId = session.launchData().sessionId();
        boolean judge = !record.passedSent && !sessionId.equals(record.judgedInSession)
                && (passed || record.judgedInSession == null);
        record.completedSent |= complete;
        if (judge) {
            record.judgedInSession = sessionId;
            record.passedSent = passed;
        }
        if (complete) {
            report(attempt, "completed", new Result(null, null, true, null, attempt.duration(), null), new OrderedMap<>());
        }
        if (judge) {
            Score score = attempt.score();
            Score reported = passed || !attempt.scorePasses() ? score : null;
            Map<String, Object> extensions = new OrderedMap<>();
            if (masteryScore() != null) {
                extensions.put(MASTERY_SCORE, masteryScore());
            }
            report(attempt, passed ? "passed" : "failed", new Result(reported, passed, null, null, attempt.duration(),
                    null), extensions);
        }
    }

    private static void report(FinishedAttempt attempt, String verb, Result result, Map<String, Object> extensions) {
        attempt.report(definedVerb(verb), result, category(result), extensions);
    }

    /** The session's "initialized", its first statement. */
    public static Statement initialized(Tracker tracker) {
        return tracker.aboutCourse(definedVerb("initialized"), null, category(null), new OrderedMap<>());
    }

    /** The session's "terminated", its last statement, with the session's duration. */
    public static Statement terminated(Tracker tracker, String duration) {
        Result result = new Result(null, null, null, null, duration, null);
        return tracker.aboutCourse(definedVerb("terminated"), result, category(result), new OrderedMap<>());
    }

    /**
     * A closed tab can end a session before the LMS confirmed its statements, which no later session may send with
     * its own token: they are set aside, and the "completed", "passed" or "failed" among them are owed again by the
     * attempt of {@code registration}, so that its next finish reports them in this session.
     *
     * @param scope the course and learner whose earlier sessions' outboxes are looked at
     */
    public static void oweWhatEarlierSessionsLeft(Delivery delivery, AttemptStore attempts, String scope,
                                                  String registration) {
        List<String> verbs = new ArrayList<>();
        for (String json : delivery.takeOrphans(scope + " ", "its cmi5 session ended before the LMS confirmed it")) {
            verbs.add(verbOf(json));
        }
        boolean completed = verbs.indexOf(DEFINED + "completed") >= 0;
        boolean passed = verbs.indexOf(DEFINED + "passed") >= 0;
        boolean judged = passed || verbs.indexOf(DEFINED + "failed") >= 0;
        if (completed || judged) {
            attempts.changeRecord(registration, record -> {
                record.completedSent &= !completed;
                if (judged) {
                    record.judgedInSession = null;
                    record.passedSent &= !passed;
                }
            });
        }
    }

    /** The verb id of a statement the runtime wrote, or "" when it cannot be read. */
    private static String verbOf(String statementJson) {
        try {
            return JsonReader.parse(statementJson) instanceof Map<?, ?> statement
                    && statement.get("verb") instanceof Map<?, ?> verb && verb.get("id") instanceof String id ? id : "";
        } catch (JsonSyntaxException unreadable) {
            return "";
        }
    }

    private static Verb definedVerb(String verb) {
        return new Verb(DEFINED + verb, verb);
    }

    /** The cmi5 category, and the moveOn category too when {@code result} says success or completion. */
    private static List<Activity> category(Result result) {
        List<Activity> category = new ArrayList<>();
        category.add(CMI5_CATEGORY);
        if (result != null && (result.success() != null || result.completion() != null)) {
            category.add(MOVE_ON_CATEGORY);
        }
        return category;
    }
}
