package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.FaultyFront;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.json.JsonReader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo course in a browser, posting through a fault-injecting front to Learning Locker: whatever the front does,
 * Learning Locker ends up with every statement exactly once.
 */
class UnreliableLrsTest {
    private static final long RECOVERY_MILLIS = 120_000;

    private LearningLocker lrs;
    private FaultyFront front;
    private PublishedCourse course;
    private LearnerBrowser learner;

    @BeforeEach
    void open() throws Exception {
        lrs = LearningLocker.shared();
        front = new FaultyFront(lrs.endpoint());
        course = PublishedCourse.withSettings(PublishedCourse.settings(front.endpoint(), LearningLocker.LOGIN,
                LearningLocker.PASSWORD));
        learner = new LearnerBrowser();
    }

    @AfterEach
    void close() throws Exception {
        learner.close();
        course.close();
        front.close();
    }

    /** The learner as the runtime sends it, read from the statements it built. */
    private Object actor() throws Exception {
        List<?> built = (List<?>) JsonReader.parse((String) learner.js("JSON.stringify(courseRuntime.confirmedStatements())"));
        return ((Map<?, ?>) built.get(0)).get("actor");
    }

    /** Learning Locker holds exactly {@code expected} statements of this learner, each id once. */
    private List<Map<?, ?>> assertStoredOnce(int expected) throws Exception {
        return assertStoredOnce(actor(), expected);
    }

    private List<Map<?, ?>> assertStoredOnce(Object learnerActor, int expected) throws Exception {
        List<Map<?, ?>> stored = lrs.statementsOf(learnerActor);
        Set<Object> ids = new HashSet<>();
        for (Map<?, ?> statement : stored) {
            assertTrue(ids.add(statement.get("id")), "stored twice: " + statement.get("id"));
        }
        assertEquals(expected, stored.size());
        return stored;
    }

    /** Polls Learning Locker until it holds {@code count} statements of {@code actor} (or 10 s passed). */
    private List<Map<?, ?>> awaitStored(Object actor, int count) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        List<Map<?, ?>> stored = lrs.statementsOf(actor);
        while (stored.size() < count && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            stored = lrs.statementsOf(actor);
        }
        return stored;
    }

    private void awaitAllSaved(int confirmed) {
        learner.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'"
                        + " && courseRuntime.status().confirmed === " + confirmed,
                RECOVERY_MILLIS);
    }

    @Test
    void statementsMadeWhileTheLrsIsDownAllArriveOnceWhenItComesBack() throws Exception {
        front.goDown();
        learner.open(course.url());
        learner.waitUntil("window.courseRuntime", 10_000);
        DemoCoursePlayer.answerEverythingRight(learner);
        learner.click("#finish");
        learner.waitUntil("courseRuntime.status().state === 'retrying'", 10_000);
        assertTrue(learner.visibleText("tracking-status").endsWith(" saved on this device, will be sent when the record store answers"),
                learner.visibleText("tracking-status"));

        front.comeBack();
        awaitAllSaved(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS);

        assertStoredOnce(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS);
        assertEquals("All saved", learner.visibleText("tracking-status"));
    }

    @Test
    void burstsOfServerErrorsAndTooManyRequestsAreRiddenOut() throws Exception {
        front.failNext(new FaultyFront.Fault(500, null), new FaultyFront.Fault(503, null),
                new FaultyFront.Fault(429, "1"), new FaultyFront.Fault(502, null), new FaultyFront.Fault(503, "1"));
        learner.open(course.url());
        learner.waitUntil("window.courseRuntime", 10_000);
        DemoCoursePlayer.answerEverythingRight(learner);
        learner.click("#finish");

        awaitAllSaved(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS);

        assertStoredOnce(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS);
        assertEquals(5, front.refused());
    }

    @Test
    void aStatementTheLrsRefusesIsSetAsideAndEveryOtherIsDelivered() throws Exception {
        front.rejectBatches(body -> body.contains("/q-zone\",\"definition\""));
        learner.open(course.url());
        learner.waitUntil("window.courseRuntime", 10_000);
        DemoCoursePlayer.answerEverythingRight(learner);
        learner.click("#finish");

        learner.waitUntil("window.courseRuntime && courseRuntime.status().state === 'rejected'"
                + " && courseRuntime.status().confirmed === " + (DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS - 1)
                + " && courseRuntime.status().queued === 0", RECOVERY_MILLIS); // not 'saved': one was refused

        List<Map<?, ?>> stored = assertStoredOnce(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS - 1);
        assertTrue(stored.stream().noneMatch(s -> String.valueOf(((Map<?, ?>) s.get("object")).get("id")).endsWith("/q-zone")));
        assertEquals(1.0, ((Number) learner.js("courseRuntime.setAsideStatements().length")).doubleValue());
        assertEquals("HTTP 400: {\"message\":\"injected by the faulty front\"}",
                learner.js("courseRuntime.setAsideStatements()[0].reason"));
        assertTrue(learner.problemForTheAuthor().startsWith("The LRS refused statement "), learner.problemForTheAuthor());
        assertEquals("A part of your progress could not be recorded. You can go on; the course's author can see what"
                + " happened.", learner.problemForTheLearner());
    }

    @Test
    void aReloadInTheMiddleOfASendLosesNothingStoresNothingTwiceAndResumesTheAttempt() throws Exception {
        front.delay(1_500);
        learner.open(course.url());
        learner.waitUntil("window.courseRuntime && courseRuntime.status().sending > 0", 10_000);
        Object anonymousLearner = Map.of("account", Map.of("homePage", course.url().replaceAll("/$", ""),
                "name", learner.js("localStorage.getItem('courseruntime.learner')")));

        learner.js("window.dispatchEvent(new Event('pagehide'))"); // as a browser does on reload; HtmlUnit does not
        learner.open(course.url()); // the first page's request is still held by the front
        front.delay(0);
        learner.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'", RECOVERY_MILLIS);
        // The first page's started, experienced and progressed arrive by its held request, its beacon or this
        // page's resend from the outbox, whichever comes first; the reloaded page resumes the attempt and adds none.
        awaitStored(anonymousLearner, 3);
        assertStoredOnce(anonymousLearner, 3);
    }

    @Test
    void closingTheTabRightAfterFinishingStillDeliversPassedByBeacon() throws Exception {
        learner.open(course.url());
        learner.waitUntil("window.courseRuntime", 10_000);
        DemoCoursePlayer.answerEverythingRight(learner);
        awaitAllSaved(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS - 1);
        Object actor = actor();
        // From now on ordinary requests never arrive: only what outlives the page can deliver "passed".
        front.drop(exchange -> String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type")).startsWith("application/json"));

        learner.click("#finish");
        // The page goes away at once. HtmlUnit does not fire pagehide when it navigates, so the test fires it as a
        // browser does; PageCloseInChromiumTest checks the real thing.
        learner.js("window.dispatchEvent(new Event('pagehide'))");
        learner.open("about:blank");

        List<Map<?, ?>> stored = awaitStored(actor, DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS);
        assertEquals(DemoCoursePlayer.FULL_ATTEMPT_STATEMENTS, stored.size());
        assertTrue(stored.stream().anyMatch(s -> "http://adlnet.gov/expapi/verbs/passed".equals(((Map<?, ?>) s.get("verb")).get("id"))));
    }
}
