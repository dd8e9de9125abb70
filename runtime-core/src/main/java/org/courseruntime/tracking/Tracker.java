package org.courseruntime.tracking;

import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.Page;
import org.courseruntime.course.PassCriteria;
import org.courseruntime.course.Section;
import org.courseruntime.delivery.Delivery;
import org.courseruntime.interaction.Answer;
import org.courseruntime.port.Clock;
import org.courseruntime.port.RandomSource;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Duration;
import org.courseruntime.statement.Result;
import org.courseruntime.statement.Score;
import org.courseruntime.statement.Uuid;

/**
 * Follows the learner through an attempt and decides what it achieved and which statements say so (the product
 * page's table): started, experienced and progressed for content, answered, progressed and mastered for questions,
 * passed or failed at the end. A statement the author did not select is never sent, but tracking runs the same.
 */
public final class Tracker {
    private final CourseDefinition course;
    private final PublishSettings settings;
    private final Delivery delivery;
    private final StatementFactory statements;
    private final Clock clock;
    private final RandomSource random;
    private final TrackingContext context;
    private final AttemptStore attempts;
    private Attempt attempt;

    public Tracker(CourseDefinition course, PublishSettings settings, Agent learner, TrackingContext context,
                   AttemptStore attempts, Delivery delivery, Clock clock, RandomSource random) {
        this.course = course;
        this.attempts = attempts;
        this.settings = settings;
        this.delivery = delivery;
        this.clock = clock;
        this.random = random;
        this.context = context;
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
                begin();
            }
        }
    }

    /**
     * A new attempt after a finished one: nothing carried over, "started" sent again, and a new registration unless
     * an LMS gave one at launch (then the LMS decides what an attempt is).
     */
    public void retake() {
        begin();
    }

    private void begin() {
        attempt = new Attempt(context.registration() != null ? context.registration() : Uuid.v4(random), clock.nowMillis());
        attempts.save(attempt);
        sendAboutCourse(attempt, StatementKind.STARTED, null);
    }

    /**
     * The learner views page {@code pageId}. The first view of a content page in an attempt sends "experienced" and,
     * as it adds to progress, "progressed". Viewing a question page reports nothing; answering it does.
     *
     * @throws IllegalArgumentException when the course has no such page
     */
    public void viewPage(String pageId) {
        Page page = requirePage(pageId);
        Attempt current = openAttempt();
        if (page.isQuestion() || !current.viewed.add(pageId)) {
            return;
        }
        attempts.save(current);
        sendAboutPage(current, StatementKind.EXPERIENCED, page, null);
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
        Page page = requirePage(pageId);
        if (!page.isQuestion()) {
            throw new IllegalArgumentException("Page \"" + pageId + "\" is not a question");
        }
        Answer answer;
        try {
            answer = page.question().interaction().judge(response);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Question \"" + pageId + "\": " + e.getMessage(), e);
        }
        Attempt current = openAttempt();
        boolean first = current.answers.put(pageId, answer) == null;
        attempts.save(current);
        sendAboutPage(current, StatementKind.ANSWERED, page, answered(page, answer));
        if (first) {
            sendProgress(current);
        }
        Score score = CourseScore.of(course, current.answers);
        if (!current.masteredSent && course.masteryScore() != null && score != null
                && CourseScore.reaches(score, course.masteryScore())) {
            current.masteredSent = true;
            attempts.save(current);
            sendAboutCourse(current, StatementKind.MASTERED, new Result(score, true, null, null, null, null));
        }
        return answer;
    }

    /**
     * The learner completes the course: judges the attempt by the pass criteria and sends exactly one of "passed" or
     * "failed", with the score, success, completion and the attempt's duration. Later calls return the same outcome
     * and send nothing.
     */
    public Outcome finish() {
        start();
        Attempt current = attempt;
        if (current.isFinished()) {
            return current.outcome;
        }
        Score score = CourseScore.of(course, current.answers);
        PassCriteria criteria = course.passCriteria();
        boolean passed = score == null || CourseScore.reaches(score, criteria.minimumScore());
        for (Section section : course.sections()) {
            passed &= !criteria.requiredSections().contains(section.id()) || Progress.isComplete(section, current);
        }
        current.outcome = new Outcome(passed, score, current.masteredSent, Progress.percent(course, current));
        attempts.save(current);
        StatementKind kind = passed ? StatementKind.PASSED : StatementKind.FAILED;
        String duration = Duration.format(clock.nowMillis() - current.startedAtMillis);
        sendAboutCourse(current, kind, new Result(score, passed, true, null, duration, null));
        return current.outcome;
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

    private void sendProgress(Attempt current) {
        sendAboutCourse(current, StatementKind.PROGRESSED, Result.progress(Progress.percent(course, current)));
    }

    private static Result answered(Page page, Answer answer) {
        if (answer.correct() == null) {
            return new Result(null, null, null, answer.response(), null, null);
        }
        double weight = page.question().weight();
        Score score = weight > 0 ? Score.of(answer.correct() ? weight : 0, weight) : null;
        return new Result(score, answer.correct(), null, answer.response(), null, null);
    }

    private Page requirePage(String pageId) {
        Page page = course.page(pageId);
        if (page == null) {
            throw new IllegalArgumentException("The course has no page \"" + pageId + "\"");
        }
        return page;
    }

    /** Makes and sends a statement about the course, only if the author selected its kind. */
    private void sendAboutCourse(Attempt current, StatementKind kind, Result result) {
        if (settings.isSelected(kind)) {
            delivery.send(statements.aboutCourse(current.registration, kind, result));
        }
    }

    /** Makes and sends a statement about a page or question, only if the author selected its kind. */
    private void sendAboutPage(Attempt current, StatementKind kind, Page page, Result result) {
        if (settings.isSelected(kind)) {
            delivery.send(statements.aboutPage(current.registration, kind, page.activity(), result,
                    course.sectionOf(page.id())));
        }
    }
}
