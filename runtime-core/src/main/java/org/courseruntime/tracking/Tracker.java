package org.courseruntime.tracking;

import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.Page;
import org.courseruntime.course.PassCriteria;
import org.courseruntime.course.Section;
import org.courseruntime.delivery.Delivery;
import org.courseruntime.interaction.Answer;
import org.courseruntime.port.Clock;
import org.courseruntime.port.RandomSource;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.StatementKind;
import org.courseruntime.statement.Activity;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Duration;
import org.courseruntime.statement.Result;
import org.courseruntime.statement.Score;
import org.courseruntime.statement.Statement;
import org.courseruntime.statement.Uuid;
import org.courseruntime.statement.Verb;

/**
 * Follows the learner through an attempt and decides what it achieved and which statements say so (the product
 * page's table): started, experienced and progressed for content, answered, progressed and mastered for questions,
 * passed or failed at the end. A statement the author did not select is never sent, but tracking runs the same.
 *
 * <p>An LMS that launched the course adds its own rules ({@link LmsRules}): what is judged, the score that passes,
 * the context every statement starts from, and what the end of an attempt reports.
 */
public final class Tracker {
    /**
     * The context extension carrying an answer's try number (1 for the first answer to the question in the attempt):
     * the Tin Can registry's attempt id, an individual try at the question. Of one question's answered statements in
     * an attempt, the highest try number is the answer that counts.
     */
    static final String TRY_NUMBER = "http://id.tincanapi.com/extension/attempt-id";

    private final CourseDefinition course;
    private final PublishSettings settings;
    private final Delivery delivery;
    private final StatementFactory statements;
    private final Clock clock;
    private final RandomSource random;
    private final TrackingContext context;
    private final AttemptStore attempts;
    private final LmsRules rules;
    private Attempt attempt;
    /** Whether the launch stopped tracking ({@link #stop}): the learner is followed, nothing is sent or kept. */
    private boolean stopped;

    public Tracker(CourseDefinition course, PublishSettings settings, Agent learner, TrackingContext context,
                   AttemptStore attempts, Delivery delivery, Clock clock, RandomSource random) {
        this.course = course;
        this.attempts = attempts;
        this.settings = settings;
        this.delivery = delivery;
        this.clock = clock;
        this.random = random;
        this.context = context;
        this.rules = context.rules();
        this.statements = new StatementFactory(course, settings, learner, context, clock, random);
    }

    /**
     * The learner starts the course: an attempt begins and "started" is sent; or, after a reload, the attempt saved
     * by the earlier page load resumes and nothing is sent. Later calls do nothing.
     */
    public void start() {
        if (attempt == null) {
            attempt = attempts.load(context.registration());
            if (attempt == null) {
                begin(null);
            }
        }
    }

    /**
     * A new attempt after a finished one: nothing carried over, "started" sent again, and a new registration unless
     * an LMS gave one at launch (then the LMS decides what an attempt is).
     */
    public void retake() {
        begin(attempt != null ? attempt : attempts.load(context.registration()));
    }

    /**
     * Begins an attempt: the next of {@code previous} under an LMS's registration, else one with a new registration.
     * Its revision goes on from the previous one's, so that no older copy of the attempt can pass for a newer one.
     */
    private void begin(Attempt previous) {
        long now = clock.nowMillis();
        String registration = context.registration();
        attempt = registration == null || previous == null
                ? new Attempt(registration != null ? registration : Uuid.v4(random), now) : previous.next(registration, now);
        attempt.revision = previous == null ? 0 : previous.revision;
        save(attempt);
        sendAboutCourse(attempt, StatementKind.STARTED, null);
    }

    /**
     * The learner views page {@code pageId}. The first view of a content page in an attempt sends "experienced" and,
     * as it adds to progress, "progressed". Viewing a question page reports nothing; answering it does. Either way
     * the page becomes the attempt's {@link #position()}.
     *
     * @throws IllegalArgumentException when the course has no such page
     */
    public void viewPage(String pageId) {
        Page page = requirePage(course, pageId);
        start();
        Attempt current = attempt;
        if (current.isFinished()) {
            return; // looking back over a finished attempt reports nothing
        }
        boolean moved = !pageId.equals(current.position);
        current.position = pageId;
        if (page.isQuestion() || current.viewed.indexOf(pageId) >= 0) {
            if (moved) {
                save(current);
            }
            return;
        }
        current.viewed.add(pageId);
        save(current);
        sendAboutPage(current, StatementKind.EXPERIENCED, page, null, StatementFactory.NO_EXTENSIONS);
        sendProgress(current);
    }

    /**
     * The learner submits {@code response} to question {@code pageId}: sends "answered" with the question's full
     * definition, then "progressed" the first time, then "mastered" the moment the score reaches the mastery score
     * (once per attempt). A later answer replaces the earlier one in the score.
     *
     * @return the judged answer, for the page's feedback
     * @throws IllegalArgumentException when there is no such question or the response does not fit it
     */
    public Answer answer(String pageId, Object response) {
        Answer answer = judge(course, pageId, response);
        Page page = course.page(pageId);
        Attempt current = openAttempt();
        if (triesLeft(pageId) == 0) {
            throw new IllegalArgumentException("Question \"" + pageId + "\" takes no more answers: this course allows "
                    + course.tries() + " per question, and the latest counts");
        }
        int tryNumber = current.tried(pageId);
        boolean first = current.answers.put(pageId, answer) == null;
        save(current);
        Map<String, Object> extensions = new OrderedMap<>();
        extensions.put(TRY_NUMBER, tryNumber);
        sendAboutPage(current, StatementKind.ANSWERED, page, answered(page, answer), extensions);
        if (first) {
            sendProgress(current);
        }
        Score score = CourseScore.of(course, current.answers);
        if (!current.masteredSent && rules.judges() && course.masteryScore() != null && score != null
                && CourseScore.reaches(score, course.masteryScore())) {
            current.masteredSent = true;
            save(current);
            sendAboutCourse(current, StatementKind.MASTERED, new Result(score, true, null, null, null, null));
        }
        return answer;
    }

    /**
     * Judges {@code response} to question {@code pageId} of {@code course}, without tracking anything.
     *
     * @throws IllegalArgumentException when there is no such question or the response does not fit it
     */
    public static Answer judge(CourseDefinition course, String pageId, Object response) {
        Page page = requirePage(course, pageId);
        if (!page.isQuestion()) {
            throw new IllegalArgumentException("Page \"" + pageId + "\" is not a question");
        }
        try {
            return page.question().interaction().judge(response);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Question \"" + pageId + "\": " + e.getMessage(), e);
        }
    }

    /**
     * The learner completes the course: judges the attempt by the pass criteria and sends exactly one of "passed" or
     * "failed", with the score, success, completion and the attempt's duration. Later calls return the same outcome
     * and send nothing, except what the attempt still owes the LMS that launched the course ({@link LmsRules#finished}).
     */
    public Outcome finish() {
        start();
        Attempt current = attempt;
        if (!current.isFinished()) {
            Score score = CourseScore.of(course, current.answers);
            boolean passed = score == null || CourseScore.reaches(score, passThreshold());
            PassCriteria criteria = course.passCriteria();
            for (Section section : course.sections()) {
                passed &= criteria.requiredSections().indexOf(section.id()) < 0 || Progress.isComplete(section, current);
            }
            current.outcome = new Outcome(passed, score, current.masteredSent, Progress.percent(course, current), current.answers);
            current.finishedAtMillis = clock.nowMillis();
            save(current);
            if (!rules.reportsOutcome()) {
                StatementKind kind = passed ? StatementKind.PASSED : StatementKind.FAILED;
                sendAboutCourse(current, kind, new Result(score, passed, true, null, duration(current), null));
            }
        }
        if (rules.judges()) {
            FinishedAttempt finished = new FinishedAttempt(this, current);
            rules.finished(finished);
            if (finished.reported) {
                save(current);
            }
        }
        return current.outcome;
    }

    /** The scaled score that passes: the LMS's mastery score when it gave one, else the course's. */
    private double passThreshold() {
        Double lmsMasteryScore = rules.masteryScore();
        return lmsMasteryScore != null ? lmsMasteryScore : course.passCriteria().minimumScore();
    }

    /** Whether {@code score} reaches the score that passes. */
    boolean passes(Score score) {
        return CourseScore.reaches(score, passThreshold());
    }

    static String duration(Attempt finished) {
        return Duration.format(finished.finishedAtMillis - finished.startedAtMillis);
    }

    /**
     * A statement about the course in the launch's registration with {@code verb}, outside the author's statement
     * kinds, made but not sent: an LMS's session statements, which the launch sends as that LMS requires.
     */
    public Statement aboutCourse(Verb verb, Result result, List<Activity> category, Map<String, Object> extensions) {
        return statements.aboutCourse(context.registration(), verb, result, category, extensions);
    }

    /** Sends what {@code finished} reports to the LMS (the attempt with its changed record is kept after). */
    void report(Attempt finished, Verb verb, Result result, List<Activity> category, Map<String, Object> extensions) {
        if (!stopped) {
            delivery.send(statements.aboutCourse(finished.registration, verb, result, category, extensions));
        }
    }

    /**
     * The launch stops tracking (the learner left a cmi5 session): from now on what the learner does is followed in
     * the page but never sent nor kept. The attempt is kept as it is now.
     */
    public void stop() {
        stopped = true;
        attempts.flush();
    }

    /** Whether the launch stopped tracking. */
    public boolean isStopped() {
        return stopped;
    }

    /** The page the learner was last on in this attempt (also before a reload or on another device), or {@code null}. */
    public String position() {
        Attempt current = currentOrSaved();
        return current == null ? null : current.position;
    }

    /** The current attempt, or before the learner starts, the one saved for this registration (or null). */
    private Attempt currentOrSaved() {
        return attempt != null ? attempt : attempts.load(context.registration());
    }

    /**
     * Whether page {@code pageId} is done in the current attempt (a content page viewed, a question answered), also
     * when the attempt was resumed from another page load or device; false for an unknown id.
     */
    public boolean isDone(String pageId) {
        Page page = course.page(pageId);
        Attempt current = currentOrSaved();
        return current != null && page != null && Progress.isDone(page, current);
    }

    /** How the current attempt ended once it is finished, also when it finished in an earlier page load, or null. */
    public Outcome outcome() {
        Attempt current = currentOrSaved();
        return current == null ? null : current.outcome;
    }

    /** How many more answers question {@code pageId} takes in the current attempt, or -1 when the course sets no limit. */
    public int triesLeft(String pageId) {
        Attempt current = course.tries() == 0 ? null : currentOrSaved();
        return course.tries() == 0 ? -1 : Math.max(0, course.tries() - (current == null ? 0 : current.triesOf(pageId)));
    }

    /** Progress of the current attempt in percent (0 before it starts). */
    public int progress() {
        return attempt == null ? 0 : Progress.percent(course, attempt);
    }

    /** The score of the current attempt so far, or {@code null} when no question counts or none started. */
    public Score score() {
        return attempt == null ? null : CourseScore.of(course, attempt.answers);
    }

    public boolean isStarted() {
        return attempt != null;
    }

    private Attempt openAttempt() {
        start();
        if (attempt.isFinished()) {
            throw new IllegalStateException("The attempt is finished; call retake() to begin a new one");
        }
        return attempt;
    }

    /** "progressed", unless the LMS's rules say the attempt is past it. */
    private void sendProgress(Attempt current) {
        if (rules.sendsProgress(current.lms)) {
            sendAboutCourse(current, StatementKind.PROGRESSED, Result.progress(Progress.percent(course, current)));
        }
    }

    private static Result answered(Page page, Answer answer) {
        if (answer.correct() == null) {
            return new Result(null, null, null, answer.response(), null, null);
        }
        double weight = page.question().weight();
        Score score = weight > 0 ? Score.of(answer.correct() ? weight : 0, weight) : null;
        return new Result(score, answer.correct(), null, answer.response(), null, null);
    }

    private static Page requirePage(CourseDefinition course, String pageId) {
        Page page = course.page(pageId);
        if (page == null) {
            throw new IllegalArgumentException("The course has no page \"" + pageId + "\"");
        }
        return page;
    }

    /** Makes and sends a statement about the course, only if the author selected its kind. */
    private void sendAboutCourse(Attempt current, StatementKind kind, Result result) {
        if (settings.isSelected(kind) && !stopped) {
            delivery.send(statements.aboutCourse(current.registration, kind, result));
        }
    }

    /** Makes and sends a statement about a page or question, only if the author selected its kind. */
    private void sendAboutPage(Attempt current, StatementKind kind, Page page, Result result, Map<String, Object> extensions) {
        if (settings.isSelected(kind) && !stopped) {
            delivery.send(statements.aboutPage(current.registration, kind, page, result, course.sectionOf(page.id()),
                    extensions));
        }
    }

    /**
     * Keeps the changed attempt: not once tracking stopped (nothing could report it), nor when the LMS's rules do not
     * judge the learner's work (a look around that must not change the learner's record).
     */
    private void save(Attempt current) {
        if (!stopped && rules.judges()) {
            attempts.save(current);
        }
    }
}
