package org.courseruntime.demo.chromium;

import static org.courseruntime.demo.support.Cmi5Player.at;
import static org.courseruntime.demo.support.Cmi5Player.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.courseruntime.tools.publish.CoursePublisher;
import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.Cmi5Player;
import org.courseruntime.demo.support.Cmi5Player.Launch;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.demo.support.PlayerTraffic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

/**
 * The published demo course in ADL's reference cmi5 player (CATAPULT), in headless Chromium: the player imports the
 * zip the publisher writes, registers a learner, launches the AU, judges every request the AU makes by cmi5's rules
 * and records sessions and the registration's moveOn. The tests assert on what the player and the LRS behind it
 * (Learning Locker) recorded, and that the player refused none of the AU's requests, as a recording proxy between
 * the browser and the player saw them ({@link PlayerTraffic}). Each test has its own learner and registration; the course is imported once.
 */
@Tag("chromium")
class Cmi5InReferencePlayerTest {
    private static final String VERBS = "http://adlnet.gov/expapi/verbs/";
    private static final long WAIT_MILLIS = 30_000;

    private static Cmi5Player player;
    private static int courseId;
    private static HttpServer lms;
    private static String returnUrl;

    private ChromiumBrowser chromium;
    private PlayerTraffic traffic;
    private String scenario;

    @BeforeAll
    static void importTheCourse() throws Exception {
        player = Cmi5Player.shared();
        System.out.println("cmi5 player start: " + player.startTime().toMillis() + " ms");
        Path output = Files.createDirectories(Path.of("target/cmi5-player-course").toAbsolutePath());
        Path zip = CoursePublisher.publish(Path.of("src/main/course"), Path.of("src/main/course/publish-settings.json"), output).published().zip();
        courseId = number(player.importCourse(zip).get("id"));
        lms = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lms.createContext("/back", exchange -> {
            byte[] page = "<!DOCTYPE html><title>LMS</title><h1 id=\"lms\">Back in the LMS</h1>".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        lms.start();
        returnUrl = "http://127.0.0.1:" + lms.getAddress().getPort() + "/back";
    }

    @AfterAll
    static void stopTheLmsPage() {
        if (lms != null) {
            lms.stop(0);
        }
    }

    @BeforeEach
    void openChromium(TestInfo test) throws Exception {
        scenario = test.getDisplayName();
        traffic = new PlayerTraffic(player.url());
        chromium = new ChromiumBrowser();
    }

    @AfterEach
    void printWhatTheAuDidAndClose() {
        try {
            System.out.println("[" + scenario + "] " + traffic.summary());
        } finally {
            chromium.close();
            traffic.close();
        }
    }

    @Test
    void aPassedAttemptSatisfiesTheAuAndTheCourseAndEndsBackOnTheReturnUrl() throws Exception {
        Learner learner = newLearner();
        Launch launch = learner.launch(Cmi5Player.NORMAL);

        open(launch);
        DemoCoursePlayer.answerEverythingRight(chromium);
        finishAndExit();

        assertNoRefusals();
        Map<?, ?> session = player.session(launch.sessionId());
        assertEquals(List.of(1, 1, 0, 1), flags(session, "isCompleted", "isPassed", "isFailed", "isTerminated"), "session " + session);
        Map<?, ?> registration = player.registration(learner.registration().id());
        assertEquals(1, number(at(registration, "aus", 0, "isSatisfied")), "AU satisfied: " + registration);
        assertEquals(Boolean.TRUE, at(registration, "metadata", "moveOn", "satisfied"), "course satisfied: " + registration);
        assertEquals(returnUrl, chromium.driver.getCurrentUrl());
        assertEquals(1, traffic.exchanges().stream().filter(exchange -> exchange.kind().equals("POST fetch-url")).count(),
                "one token fetch");
    }

    @Test
    void aFailedAttemptIsCompletedAndFailedButNotSatisfied() throws Exception {
        Learner learner = newLearner();
        Launch launch = learner.launch(Cmi5Player.NORMAL);

        open(launch);
        DemoCoursePlayer.answerBelowTheMasteryScore(chromium);
        finish();
        assertEquals("Failed", chromium.eval("document.querySelector('[data-row=result]').textContent"));

        assertNoRefusals();
        Map<?, ?> session = player.session(launch.sessionId());
        assertEquals(List.of(1, 0, 1), flags(session, "isCompleted", "isPassed", "isFailed"), "session " + session);
        Map<?, ?> registration = player.registration(learner.registration().id());
        assertEquals(0, number(at(registration, "aus", 0, "isSatisfied")), "AU not satisfied: " + registration);
        assertEquals(0, number(at(registration, "aus", 0, "isPassed")), "AU not passed: " + registration);
        assertEquals(1, number(at(registration, "aus", 0, "isCompleted")), "AU completed: " + registration);
        assertEquals(Boolean.FALSE, at(registration, "metadata", "moveOn", "satisfied"), "course not satisfied: " + registration);
    }

    @Test
    void aReloadInTheMiddleOfASessionKeepsOneInitializedSessionThatPasses() throws Exception {
        Learner learner = newLearner();
        Launch launch = learner.launch(Cmi5Player.NORMAL);

        open(launch);
        DemoCoursePlayer.answerEverythingRight(chromium);
        awaitSaved();
        chromium.driver.navigate().refresh();
        awaitSaved();
        if (chromium.driver.findElements(By.id("finish")).isEmpty()) {
            chromium.js("var b = document.querySelectorAll('#toc button'); b[b.length - 1].click();"); // to "Your result"
        }
        finishAndExit();

        assertNoRefusals();
        Map<?, ?> session = player.session(launch.sessionId());
        assertEquals(List.of(1, 1, 1, 0), flags(session, "isCompleted", "isPassed", "isTerminated", "isAbandoned"), "session " + session);
        assertEquals(Boolean.TRUE, at(player.registration(learner.registration().id()), "metadata", "moveOn", "satisfied"));
        assertEquals(1, storedVerbs(learner.actor()).stream().filter((VERBS + "initialized")::equals).count(),
                "initialized stored once: " + storedVerbs(learner.actor()));
        assertEquals(1, traffic.exchanges().stream().filter(exchange -> exchange.kind().equals("POST fetch-url")).count(),
                "the reloaded page uses the token it has, without a second fetch");
    }

    @Test
    void aBrowseLaunchRecordsNeitherCompletionNorSuccess() throws Exception {
        Learner learner = newLearner();
        Launch launch = learner.launch(Cmi5Player.BROWSE);

        open(launch);
        DemoCoursePlayer.answerEverythingRight(chromium);
        finishAndExit();

        assertNoRefusals();
        Map<?, ?> session = player.session(launch.sessionId());
        assertEquals("Browse", session.get("launchMode"));
        assertEquals(List.of(0, 0, 0, 1), flags(session, "isCompleted", "isPassed", "isFailed", "isTerminated"), "session " + session);
        List<String> verbs = storedVerbs(learner.actor());
        assertTrue(verbs.stream().noneMatch(verb -> verb.endsWith("/completed") || verb.endsWith("/passed")
                || verb.endsWith("/failed")), "stored verbs: " + verbs);
    }

    @Test
    void aSecondLaunchOnAnotherDeviceAfterAnAbandonedSessionResumesWhereTheLearnerWasAndPasses() throws Exception {
        Learner learner = newLearner();
        Launch first = learner.launch(Cmi5Player.NORMAL);

        open(first);
        chromium.click("#next"); // welcome -> anatomy
        chromium.click("#next"); // -> q-actor, "The actor"
        awaitSaved();
        // The learner's place reaches the LMS's State API a moment after the last change (no beacon under cmi5).
        awaitTrue("Object.keys(localStorage).every(function (key) { return !/\\.unsent$/.test(key); })",
                "the learner's attempt stored in the LMS");
        chromium.driver.get("about:blank"); // the tab goes elsewhere without exit: the session stays open
        chromium.close();
        chromium = new ChromiumBrowser(); // another device: nothing of the first in its storage

        Launch second = learner.launch(Cmi5Player.NORMAL);
        Map<?, ?> abandoned = player.session(first.sessionId());
        assertEquals(List.of(1, 0), flags(abandoned, "isAbandoned", "isTerminated"), "the new launch abandons the first session: " + abandoned);
        open(second);
        awaitTrue("document.getElementById('page-title').textContent === 'The actor'", "the course resumes on \"The actor\"");
        chromium.js("document.querySelector('#toc button').click();"); // back to the welcome page to play it all
        DemoCoursePlayer.answerEverythingRight(chromium);
        finishAndExit();

        assertNoRefusals();
        Map<?, ?> session = player.session(second.sessionId());
        assertEquals(List.of(1, 1, 1), flags(session, "isCompleted", "isPassed", "isTerminated"), "second session " + session);
        assertEquals(Boolean.TRUE, at(player.registration(learner.registration().id()), "metadata", "moveOn", "satisfied"));
    }

    // ---- steps ----------------------------------------------------------------------------------------------------

    /** A new learner in the form the player's README shows (an account, no objectType), the same object everywhere. */
    private static Map<String, Object> learner() {
        String name = "learner-" + UUID.randomUUID();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("homePage", "https://lms.example.org");
        account.put("name", name);
        Map<String, Object> actor = new LinkedHashMap<>();
        actor.put("name", "Pat " + name.substring(8, 16));
        actor.put("account", account);
        return actor;
    }

    /**
     * A registration of {@code actor}: its code for launches, its number for the API. The player's API finds a
     * registration by "id or code" in one SQL condition, where MariaDB reads a code such as "3f0c..." as the number 3,
     * so a code there can name another learner's registration.
     */
    private record Registration(String code, String id) {
    }

    /** A learner registered for the course, with their preferences set. */
    private record Learner(Map<String, Object> actor, Registration registration) {
        /** A launch of the course's AU for this learner's registration, back to the test's returnUrl at exit. */
        Launch launch(String launchMode) throws Exception {
            return player.launch(courseId, registration.code(), actor, launchMode, returnUrl);
        }
    }

    private static Learner newLearner() throws Exception {
        Map<String, Object> actor = learner();
        Map<?, ?> made = player.register(courseId, actor);
        Registration registration = new Registration((String) made.get("code"),
                Integer.toString(((Number) made.get("id")).intValue()));
        player.learnerPreferences(registration.id(), "en-US", "on");
        return new Learner(actor, registration);
    }

    private void open(Launch launch) throws Exception {
        chromium.driver.get(traffic.route(launch.url()));
        awaitSaved();
    }

    private void finish() throws Exception {
        chromium.click("#finish");
        awaitTrue("document.getElementById('outcome').textContent !== ''", "the outcome is shown");
        awaitSaved();
    }

    private void finishAndExit() throws Exception {
        finish();
        chromium.click("#exit");
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!chromium.driver.getCurrentUrl().equals(returnUrl)) {
            failOnRefusal("going back to the LMS's returnUrl");
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("The course did not go back to " + returnUrl + " within " + WAIT_MILLIS
                        + " ms; it shows " + chromium.driver.getCurrentUrl() + "\n" + traffic.summary());
            }
            Thread.sleep(100);
        }
    }

    private void awaitSaved() throws Exception {
        awaitTrue("window.courseRuntime && courseRuntime.status().state === 'saved'", "the course's state 'saved'");
    }

    /**
     * Waits until {@code condition} holds in the page; fails at once, naming the rule, when the player refuses a
     * request meanwhile (the runtime may keep retrying, or stop, but the attempt cannot be recorded either way).
     */
    private void awaitTrue(String condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (!Boolean.TRUE.equals(chromium.js("try { return !!(" + condition + "); } catch (e) { return false; }"))) {
            failOnRefusal("waiting for " + what);
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Still not " + what + " after " + WAIT_MILLIS + " ms (course state: "
                        + chromium.js("try { return courseRuntime.status().state; } catch (e) { return String(e); }")
                        + ")\n" + traffic.summary());
            }
            Thread.sleep(100);
        }
    }

    private void failOnRefusal(String doing) {
        List<PlayerTraffic.Exchange> refused = traffic.refusals();
        if (!refused.isEmpty()) {
            throw new AssertionError("The cmi5 player refused the AU's requests while " + doing + ":\n  "
                    + String.join("\n  ", refused.stream().map(Object::toString).toList()));
        }
    }

    /** No refusal, including of what the page sent while it was left, which the proxy has then recorded. */
    private void assertNoRefusals() throws InterruptedException {
        traffic.awaitQuiet(500, WAIT_MILLIS);
        assertEquals(List.of(), traffic.refusals().stream().map(Object::toString).toList(), "requests the player refused");
    }

    private static List<Integer> flags(Map<?, ?> session, String... names) {
        return Arrays.stream(names).map(name -> number(session.get(name))).toList();
    }

    /** The verb ids Learning Locker stored for the learner (the player's own statements and the AU's it let through). */
    private static List<String> storedVerbs(Map<String, Object> actor) throws Exception {
        return LearningLocker.shared().statementsOf(actor).stream()
                .map(statement -> (String) ((Map<?, ?>) statement.get("verb")).get("id")).toList();
    }
}
