package org.courseruntime.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.port.HttpClient;
import org.courseruntime.testing.FakeLrs;
import org.courseruntime.testing.Fixtures;
import org.courseruntime.testing.RecordingBeacon;
import org.courseruntime.testing.Statements;
import org.courseruntime.testing.TestEnvironment;
import org.courseruntime.tracking.Tracker;
import org.junit.jupiter.api.Test;

/** The learner's place and answers kept in the LRS's State API: resumed on another device, never lost on the way. */
class AttemptResumeTest {
    private static final String ENDPOINT = "https://lms.example.com/lrs/";
    private static final String REGISTRATION = "5d2c0a7e-3b1f-4c8d-9e6a-7f1b2c3d4e5f";
    private static final String ACTOR = "{\"name\": \"Ada\", \"mbox\": \"mailto:ada@example.com\"}";

    private final TestEnvironment laptop = new TestEnvironment();
    private final TestEnvironment phone = TestEnvironment.anotherDevice();
    private final FakeLrs lrs = new FakeLrs(laptop.clock, 50);

    private static String tinCanLaunch() {
        return "?endpoint=" + encode(ENDPOINT) + "&auth=" + encode("Basic bG1zOnNlY3JldA==") + "&actor=" + encode(ACTOR)
                + "&registration=" + REGISTRATION;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private CourseLaunch open(TestEnvironment device, String query) {
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null,
                query, null, device.environment(lrs));
        launch.use(Tracker::start);
        return launch;
    }

    /** Lets time pass on both devices' clocks together, in small steps, as it would. */
    private void passTime(long millis) {
        for (long step = 0; step < millis; step += 10) {
            laptop.clock.advance(10);
            phone.clock.advance(10);
        }
    }

    private List<String> verbs() {
        return lrs.statements().stream().map(Statements::verb).toList();
    }

    @Test
    void theAttemptIsSavedAfterAPauseAndResumesOnAnotherDeviceWithNothingSentTwice() throws Exception {
        CourseLaunch onLaptop = open(laptop, tinCanLaunch());
        passTime(100);
        onLaptop.use(tracker -> {
            tracker.viewPage("intro");
            tracker.viewPage("q-tf");
            tracker.answer("q-tf", false);
        });
        passTime(10_000);
        List<String> laptopVerbs = verbs();

        assertEquals(1, lrs.stateRequests().stream().filter(request -> request.method().equals("PUT")).count(),
                "one PUT for the burst of changes, after the pause");
        String saved = lrs.stateDocuments().values().iterator().next();
        assertEquals("q-tf", ((Map<?, ?>) JsonReader.parse(saved)).get("position"));

        CourseLaunch onPhone = open(phone, tinCanLaunch());
        passTime(100);
        assertEquals("q-tf", onPhone.tracker().position(), "where the course reopens");
        onPhone.use(tracker -> tracker.viewPage("intro"));
        passTime(10_000);

        assertEquals(laptopVerbs, verbs(), "no started, experienced or answered again on the phone");
        assertEquals(onLaptop.tracker().progress(), onPhone.tracker().progress());
        String stateUrl = lrs.stateRequests().get(0).url();
        assertTrue(stateUrl.contains("stateId=courseruntime.attempt") && stateUrl.contains("registration=" + REGISTRATION)
                && stateUrl.contains("activityId=" + encode(Fixtures.COURSE_ID)), stateUrl);
    }

    @Test
    void aBrowsersOlderCopyGivesWayToTheNewerOneInTheLrs() {
        CourseLaunch onLaptop = open(laptop, tinCanLaunch());
        onLaptop.use(tracker -> tracker.viewPage("intro"));
        passTime(10_000);
        CourseLaunch onPhone = open(phone, tinCanLaunch());
        onPhone.use(tracker -> tracker.viewPage("q-choice"));
        passTime(10_000);

        CourseLaunch laptopAgain = open(laptop.reload(), tinCanLaunch());
        passTime(1_000);

        assertEquals("q-choice", laptopAgain.tracker().position(), "the phone's place, not the laptop's older one");
    }

    @Test
    void aChangeUnsentAtPageCloseGoesInABeaconAndAgainWithTheNextLoad() throws Exception {
        CourseLaunch launch = open(laptop, tinCanLaunch());
        passTime(1_000);
        lrs.fault(ids -> FakeLrs.NETWORK_ERROR);
        launch.use(tracker -> tracker.viewPage("q-fill"));
        passTime(1_000);
        launch.pageHidden();

        RecordingBeacon.Sent beacon = laptop.beacon.sent.get(laptop.beacon.sent.size() - 1);
        assertEquals(ENDPOINT + "activities/state?method=PUT", beacon.url());
        Map<String, String> form = LaunchQuery.parse(beacon.formBody());
        assertEquals("q-fill", ((Map<?, ?>) JsonReader.parse(form.get("content"))).get("position"));
        assertEquals("Basic bG1zOnNlY3JldA==", form.get("Authorization"));
        assertEquals(REGISTRATION, form.get("registration"));
        assertEquals("courseruntime.attempt", form.get("stateId"));

        lrs.fault(ids -> null);
        open(laptop.reload(), tinCanLaunch());
        passTime(1_000);
        assertEquals("q-fill", ((Map<?, ?>) JsonReader.parse(lrs.stateDocuments().values().iterator().next())).get("position"),
                "the next page load sends what the closed one could not");
    }

    @Test
    void aBurstOfChangesIsWrittenOnceAtTheEndOfTheTurn() throws Exception {
        CourseLaunch launch = open(laptop, tinCanLaunch());
        passTime(1_000);
        String key = laptop.store.keys("courseruntime.attempt.").stream().filter(name -> !name.endsWith(".unsent"))
                .findFirst().orElseThrow();
        int writesBefore = laptop.store.writes();
        launch.use(tracker -> {
            tracker.viewPage("q-tf");
            tracker.answer("q-tf", false);
            tracker.viewPage("q-fill");
        });
        int statementWrites = laptop.store.writes() - writesBefore;
        assertTrue(!laptop.store.get(key).contains("q-fill"), "not written yet: the turn is still running");

        laptop.clock.runDue();

        Map<?, ?> written = (Map<?, ?>) JsonReader.parse(laptop.store.get(key));
        assertEquals("q-fill", written.get("position"));
        assertTrue(((Map<?, ?>) written.get("answers")).containsKey("q-tf"));
        assertEquals(statementWrites + 2, laptop.store.writes() - writesBefore,
                "the attempt once and the State API's unsent mark once, for three changes");
    }

    @Test
    void aPageClosedInTheTurnOfAChangeStillKeepsItAndSendsItInTheBeacon() throws Exception {
        CourseLaunch launch = open(laptop, tinCanLaunch());
        passTime(1_000);
        launch.use(tracker -> tracker.answer("q-tf", false));
        launch.pageHidden(); // in the same turn: the write at its end may never run

        Map<String, String> form = LaunchQuery.parse(laptop.beacon.sent.get(laptop.beacon.sent.size() - 1).formBody());
        assertTrue(((Map<?, ?>) ((Map<?, ?>) JsonReader.parse(form.get("content"))).get("answers")).containsKey("q-tf"));

        CourseLaunch reloaded = open(laptop.reload(), tinCanLaunch());
        passTime(1_000);
        assertTrue(reloaded.tracker().score().raw() > 0, "the reloaded page still counts the answer");
    }

    @Test
    void aSavedAttemptThatCannotBeReadIsReportedOnceAndANewAttemptBegins() {
        CourseLaunch first = open(laptop, tinCanLaunch());
        first.use(tracker -> tracker.viewPage("intro"));
        passTime(5_000);
        for (String key : laptop.store.keys("courseruntime.attempt.")) {
            laptop.store.put(key, laptop.store.get(key).replace("\"viewed\":[", "\"viewed\":{\"broken\":[")
                    .replace("],\"answers\"", "]},\"answers\""));
        }
        lrs.stateApi = false; // only the browser's damaged copy is there to resume from

        TestEnvironment reload = laptop.reload();
        CourseLaunch reloaded = open(reload, tinCanLaunch());
        passTime(1_000);
        reloaded.use(tracker -> tracker.position());

        assertEquals(1, reload.log.errors.size(), reload.log.errors.toString());
        assertTrue(reload.log.errors.get(0).startsWith("The learner's saved attempt cannot be read ("),
                reload.log.errors.get(0));
        assertEquals(List.of("started", "experienced", "progressed", "started"), verbs(),
                "a new attempt, not silently the old one's place");
    }

    @Test
    void anLrsWithoutTheStateApiLeavesTheAttemptInTheBrowserWithOneWarning() {
        lrs.stateApi = false;
        CourseLaunch launch = open(laptop, tinCanLaunch());
        launch.use(tracker -> tracker.viewPage("intro"));
        passTime(5_000);
        launch.use(tracker -> tracker.viewPage("q-tf"));
        passTime(5_000);

        assertEquals(List.of("The LRS does not keep the learner's place from this page (the State API answered HTTP 405):"
                + " it is kept in this browser only"), laptop.log.warnings);
        assertEquals(2, lrs.stateRequests().size(), "the GET and one PUT, no retries");
        CourseLaunch reloaded = open(laptop.reload(), tinCanLaunch());
        passTime(1_000);
        assertEquals("q-tf", reloaded.tracker().position());
        assertEquals(List.of("started", "experienced", "progressed"), verbs());
    }

    @Test
    void anLrsThatDoesNotAnswerDelaysTheLaunchByThreeSecondsAtMost() {
        FakeLrs slow = new FakeLrs(laptop.clock, 20_000);
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements(ENDPOINT), null, null, null,
                laptop.environment(slow));
        launch.use(Tracker::start);
        laptop.clock.advance(2_999);
        assertEquals(null, launch.tracker(), "still waiting for the LRS's copy");
        laptop.clock.advance(1);
        assertTrue(launch.tracker().isStarted(), "goes on with the browser's copy");
    }

    @Test
    void aSignedInLearnerResumesTheirStandaloneAttemptOnAnotherDevice() {
        CourseLaunch onLaptop = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements(ENDPOINT), null, null, ACTOR,
                laptop.environment(lrs));
        onLaptop.use(Tracker::start);
        onLaptop.use(tracker -> tracker.viewPage("intro"));
        passTime(10_000);
        CourseLaunch onPhone = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements(ENDPOINT), null, null, ACTOR,
                phone.environment(lrs));
        onPhone.use(Tracker::start);
        passTime(10_000);

        assertEquals(List.of("started", "experienced", "progressed"), verbs());
        assertEquals("intro", onPhone.tracker().position());
        assertTrue(lrs.stateRequests().stream().noneMatch(request -> request.url().contains("registration=")),
                "standalone: one document per course and learner, which holds the registration");
    }

    @Test
    void aDeviceThatCouldNotReadTheLrsCopyInTimeNeverOverwritesANewerOne() throws Exception {
        CourseLaunch onLaptop = open(laptop, tinCanLaunch());
        onLaptop.use(tracker -> {
            tracker.viewPage("q-tf");
            tracker.answer("q-tf", false);
        });
        passTime(10_000);
        String laptopCopy = lrs.stateDocuments().values().iterator().next();

        HttpClient slowStateReads = (request, callback) -> {
            long delay = request.method().equals("GET") && request.url().contains("/activities/state?") ? 4_000 : 0;
            phone.clock.schedule(delay, () -> lrs.send(request, callback));
        };
        CourseLaunch onPhone = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null,
                tinCanLaunch(), null, phone.environment(slowStateReads));
        onPhone.use(Tracker::start);
        onPhone.use(tracker -> tracker.viewPage("intro"));
        passTime(20_000);

        assertEquals(laptopCopy, lrs.stateDocuments().values().iterator().next(), "the laptop's newer attempt stays");
        assertEquals(List.of("The LRS does not keep the learner's place from this page (the LRS holds a newer copy, from"
                + " another device): it is kept in this browser only"), phone.log.warnings);
    }

    @Test
    void aRetakeGoesOnCountingRevisionsSoTheOldAttemptCannotComeBack() throws Exception {
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements(ENDPOINT), null, null, ACTOR,
                laptop.environment(lrs));
        launch.use(tracker -> {
            tracker.start();
            tracker.viewPage("intro");
            tracker.finish();
        });
        passTime(10_000);
        lrs.fault(ids -> FakeLrs.NETWORK_ERROR);
        launch.use(tracker -> {
            tracker.retake();
            tracker.viewPage("q-tf");
        });
        passTime(1_000);
        lrs.fault(ids -> null);

        CourseLaunch reloaded = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements(ENDPOINT), null, null, ACTOR,
                laptop.reload().environment(lrs));
        reloaded.use(Tracker::start);
        passTime(10_000);

        assertEquals("q-tf", reloaded.tracker().position(), "the retake, not the finished attempt the LRS still had");
        assertEquals("q-tf", ((Map<?, ?>) JsonReader.parse(lrs.stateDocuments().values().iterator().next())).get("position"));
    }

    @Test
    void aStateApiThatCannotBeReachedDoesNotDelayTheLaunchAndIsGivenUpAfterSixReads() {
        lrs.fault(ids -> FakeLrs.NETWORK_ERROR); // as a browser sees an LRS whose State API does not allow CORS
        CourseLaunch launch = open(laptop, tinCanLaunch());
        passTime(100);
        assertTrue(launch.tracker().isStarted(), "no 3 s wait for an answer that will not come");

        passTime(600_000);
        assertEquals(6, lrs.stateRequests().size(), "six reads, then no more");
        assertEquals(List.of("The LRS does not keep the learner's place from this page (its State API could not be read"
                + " 6 times): it is kept in this browser only"), laptop.log.warnings.stream()
                .filter(warning -> warning.contains("place")).toList());
    }
}
