package org.courseruntime.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.delivery.DeliveryState;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.port.DocumentCheck;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.testing.PageInstance;
import org.courseruntime.testing.FakeCmi5Lms;
import org.courseruntime.testing.Fixtures;
import org.courseruntime.testing.Statements;
import org.courseruntime.testing.TestEnvironment;
import org.courseruntime.tracking.Outcome;
import org.courseruntime.tracking.Tracker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class Cmi5LaunchTest {
    private static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private static final Map<String, String> CMI5 = Map.of("objectType", "Activity", "id", "https://w3id.org/xapi/cmi5/context/categories/cmi5");
    private static final Map<String, String> MOVE_ON = Map.of("objectType", "Activity", "id", "https://w3id.org/xapi/cmi5/context/categories/moveon");

    private final TestEnvironment env = new TestEnvironment();
    private final FakeCmi5Lms lms = new FakeCmi5Lms(env.clock);

    @AfterEach
    void theLmsRefusedNothing() {
        assertEquals(List.of(), lms.violations());
    }

    private CourseLaunch open(TestEnvironment tab, String query) {
        return CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null, query, null,
                tab.environment(lms));
    }

    private void settle() {
        env.clock.advance(5_000);
    }

    /** Answers every scored question, the first {@code correctOnes} of them correctly. */
    private static void answerAll(Tracker tracker, int correctOnes) {
        for (int i = 0; i < Fixtures.CORRECT_ANSWERS.length; i++) {
            String questionId = Fixtures.CORRECT_ANSWERS[i][0];
            try {
                tracker.answer(questionId, JsonReader.parse(i < correctOnes ? Fixtures.CORRECT_ANSWERS[i][1] : wrongFor(questionId)));
            } catch (JsonSyntaxException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** Does every page: views the content page and answers every question, the first {@code correctOnes} right. */
    private static void completeAll(Tracker tracker, int correctOnes) {
        tracker.viewPage("intro");
        answerAll(tracker, correctOnes);
        tracker.answer("q-likert", "high");
    }

    private static String wrongFor(String questionId) {
        return switch (questionId) {
            case "q-tf" -> "true";
            case "q-choice" -> "[\"twist\"]";
            case "q-fill" -> "[\"30\", \"bern\"]";
            case "q-match" -> "[[\"sack\", \"trolley\"], [\"box\", \"shoulder\"]]";
            case "q-perf" -> "[[\"plant\", \"narrow\"], [\"lift\", \"fast\"]]";
            case "q-seq" -> "[\"lift\", \"grip\", \"plan\"]";
            case "q-num" -> "40";
            default -> "\"nothing\"";
        };
    }

    private List<Map<?, ?>> statementsWithVerb(String verb) {
        List<Map<?, ?>> found = new ArrayList<>();
        for (Map<?, ?> statement : lms.statements()) {
            if (verb.equals(Statements.verb(statement))) {
                found.add(statement);
            }
        }
        return found;
    }

    private List<String> definedVerbs() {
        List<String> verbs = new ArrayList<>();
        for (Map<?, ?> statement : lms.statements()) {
            Object category = Statements.at(statement, "context.contextActivities.category");
            if (category instanceof List<?> list && list.contains(CMI5)) {
                verbs.add(Statements.verb(statement));
            }
        }
        return verbs;
    }

    @Test
    void theSessionIsSetUpBeforeAnythingIsSentAndInitializedComesFirst() throws JsonSyntaxException {
        CourseLaunch launch = open(env, lms.launch());
        assertEquals(DeliveryState.CONNECTING, launch.status().state());
        launch.use(Tracker::start);
        assertTrue(launch.answer("q-tf", false).correct(), "an answer is judged at once, even before the session is ready");
        settle();

        List<String> calls = new ArrayList<>();
        for (HttpRequest request : lms.requests()) {
            String stateId = request.url().replaceAll(".*stateId=([^&]*).*", " $1");
            calls.add(request.method() + " " + request.url().replaceAll("\\?.*", "") + (request.url().contains("stateId=") ? stateId : ""));
        }
        assertEquals(List.of("POST https://lms.example.com/cmi5/fetch",
                "GET https://lms.example.com/xapi/activities/state LMS.LaunchData",
                "GET https://lms.example.com/xapi/agents/profile",
                "GET https://lms.example.com/xapi/activities/state courseruntime.attempt",
                "POST https://lms.example.com/xapi/statements",
                "POST https://lms.example.com/xapi/statements",
                "PUT https://lms.example.com/xapi/activities/state courseruntime.attempt"), calls);
        assertEquals(1, ((List<?>) JsonReader.parse(lms.requests().get(4).body())).size(),
                "initialized goes alone: the LMS counts the session as initialized once that request is stored");
        assertEquals("Basic " + FakeCmi5Lms.token(1), lms.requests().get(1).headers().get("Authorization"));
        assertEquals(List.of("initialized", "started", "answered", "progressed"), lms.verbs());
        for (Map<?, ?> statement : lms.statements()) {
            assertEquals(FakeCmi5Lms.REGISTRATION, Statements.at(statement, "context.registration"));
            assertEquals("session-1", ((Map<?, ?>) Statements.at(statement, "context.extensions")).get(SESSION_ID));
            assertTrue(((List<?>) Statements.at(statement, "context.contextActivities.grouping"))
                    .contains(Map.of("id", FakeCmi5Lms.PUBLISHER_ID)), "the publisher id of the context template stays");
            assertEquals(JsonReader.parse(FakeCmi5Lms.ACTOR), statement.get("actor"), "the launch actor, nothing added");
        }
        Map<?, ?> initialized = lms.statements().get(0);
        assertEquals("http://adlnet.gov/expapi/verbs/initialized", Statements.at(initialized, "verb.id"));
        assertEquals(FakeCmi5Lms.ACTIVITY_ID, Statements.at(initialized, "object.id"));
        assertEquals(List.of(CMI5), Statements.at(initialized, "context.contextActivities.category"));
        assertNull(initialized.get("result"));
        assertNull(Statements.at(lms.statements().get(1), "context.contextActivities.category"),
                "started is a cmi5 allowed statement: no cmi5 category");
        assertEquals("de-CH,en-US", launch.cmi5Session().languagePreference());
        assertEquals("off", launch.cmi5Session().audioPreference());
        assertEquals(DeliveryState.SAVED, launch.status().state());
    }

    @Test
    void aReloadOfTheSessionReusesItsTokenAndDoesNotInitializeAgain() {
        String query = lms.launch();
        open(env, query).use(Tracker::start);
        settle();

        CourseLaunch reloaded = open(env.reload(), query);
        reloaded.use(tracker -> tracker.viewPage("intro"));
        settle();

        assertEquals(1, lms.requests().stream().filter(request -> request.url().contains("/cmi5/fetch")).count(),
                "the one-time fetch URL is posted to once");
        assertEquals(List.of("initialized", "started", "experienced", "progressed"), lms.verbs());
        assertEquals(DeliveryState.SAVED, reloaded.status().state());
    }

    @Test
    void theSameLaunchInAnotherTabIsRefusedByTheLmsAndSaysSo() {
        String query = lms.launch();
        open(env, query);
        settle();

        CourseLaunch secondTab = open(env.secondTab(), query);
        secondTab.use(Tracker::start);
        settle();

        assertEquals(DeliveryState.MISCONFIGURED, secondTab.status().state());
        assertEquals("Your results cannot be recorded. The learning platform gave no access token (the fetch URL answered"
                + " HTTP 200, error-code 1: The authorization token has already been returned.). Open the course again"
                + " from your learning platform.", secondTab.status().problem());
        assertEquals(List.of("initialized"), lms.verbs(), "nothing of the refused tab is sent");
    }

    @Test
    void finishingSendsCompletedThenAJudgementAgainstTheLmsMasteryScore() {
        lms.masteryScore = 0.95;
        CourseLaunch launch = open(env, lms.launch());
        launch.use(Tracker::start);
        settle();
        env.clock.advance(60_000);
        completeAll(launch.tracker(), 8);
        Outcome outcome = launch.finish();
        settle();

        assertFalse(outcome.passed(), "8 of 9 (0.888889) passes the course's own 0.6 but not the LMS's 0.95");
        assertEquals(List.of("initialized", "completed", "failed"), definedVerbs());
        Map<?, ?> completed = statementsWithVerb("completed").get(0);
        assertEquals(Map.of("completion", true, "duration", "PT1M5S"), completed.get("result"));
        assertEquals(List.of(CMI5, MOVE_ON), Statements.at(completed, "context.contextActivities.category"));
        assertEquals(FakeCmi5Lms.ACTIVITY_ID, Statements.at(completed, "object.id"));
        Map<?, ?> failed = statementsWithVerb("failed").get(0);
        assertEquals(false, Statements.at(failed, "result.success"));
        assertNull(Statements.at(failed, "result.completion"), "cmi5: only completed carries completion");
        assertEquals(0.888889, Statements.at(failed, "result.score.scaled"));
        assertEquals("PT1M5S", Statements.at(failed, "result.duration"));
        assertEquals(List.of(CMI5, MOVE_ON), Statements.at(failed, "context.contextActivities.category"));
        assertEquals(0.95, ((Map<?, ?>) Statements.at(failed, "context.extensions"))
                .get("https://w3id.org/xapi/cmi5/context/extensions/masteryscore"));
        assertEquals("session-1", ((Map<?, ?>) Statements.at(failed, "context.extensions")).get(SESSION_ID));
    }

    @Test
    void completedWaitsUntilEveryPageIsDoneAndAFailureOnRequiredSectionsCarriesNoScore() {
        String course = Fixtures.COURSE.replace("\"passCriteria\": {\"minimumScore\": 0.6}",
                "\"passCriteria\": {\"minimumScore\": 0.6, \"requiredSections\": [\"basics\"]}");
        CourseLaunch launch = CourseLaunch.open(course, Fixtures.allStatements("https://lrs.example.com/xapi/"), null,
                lms.launch(), null, env.environment(lms));
        launch.use(tracker -> answerAll(tracker, 9)); // every question right, the content page of "basics" unseen
        launch.finish();
        settle();

        assertEquals(List.of("initialized", "failed"), definedVerbs(), "not completed: a page was never seen");
        Map<?, ?> failed = statementsWithVerb("failed").get(0);
        assertNull(Statements.at(failed, "result.score"),
                "a score of 1.0 would contradict failed (cmi5 9.3.5): the failure is the unseen required section");
    }

    @Test
    void browseModeSendsNoJudgementButTracksTheRest() {
        lms.launchMode = "Browse";
        CourseLaunch launch = open(env, lms.launch());
        launch.use(Tracker::start);
        launch.use(tracker -> answerAll(tracker, 9));
        settle();
        Outcome outcome = launch.finish();
        settle();

        assertTrue(outcome.passed(), "the page still shows the learner how they did");
        assertEquals(List.of("initialized"), definedVerbs());
        assertEquals(9, statementsWithVerb("answered").size());
    }

    @Test
    void completedOncePerRegistrationOneJudgementPerSessionAndNoFailedAfterPassed() {
        CourseLaunch first = open(env, lms.launch());
        first.use(Tracker::start);
        settle();
        completeAll(first.tracker(), 0);
        first.finish();
        first.tracker().retake();
        completeAll(first.tracker(), 9);
        first.finish();
        settle();
        assertEquals(List.of("initialized", "completed", "failed"), definedVerbs(),
                "the retake in the same session may not send a second judgement");

        CourseLaunch second = open(env.secondTab(), lms.launch());
        second.use(tracker -> {
            tracker.retake();
            completeAll(tracker, 9);
            tracker.finish();
        });
        settle();
        CourseLaunch third = open(env.secondTab(), lms.launch());
        third.use(tracker -> {
            tracker.retake();
            tracker.finish();
        });
        settle();

        assertEquals(List.of("initialized", "completed", "failed", "initialized", "passed", "initialized"), definedVerbs());
        Map<?, ?> passed = statementsWithVerb("passed").get(0);
        assertEquals(true, Statements.at(passed, "result.success"));
        assertEquals(1.0, Statements.at(passed, "result.score.scaled"));
        assertEquals("session-2", ((Map<?, ?>) Statements.at(passed, "context.extensions")).get(SESSION_ID));
        assertNull(((Map<?, ?>) Statements.at(passed, "context.extensions"))
                .get("https://w3id.org/xapi/cmi5/context/extensions/masteryscore"), "no LMS mastery score, none carried");
        assertEquals(4, statementsWithVerb("started").size(), "each attempt starts: two in the first session");
        for (Map<?, ?> progressed : statementsWithVerb("progressed")) {
            assertEquals("session-1", ((Map<?, ?>) Statements.at(progressed, "context.extensions")).get(SESSION_ID),
                    "no progress once the registration is completed");
        }
    }

    @Test
    void exitEndsTheSessionWithTerminatedLastAndAReloadSendsNothingMore() {
        String query = lms.launch();
        CourseLaunch launch = open(env, query);
        launch.use(Tracker::start);
        settle();
        env.clock.advance(85_000);
        launch.exit(() -> { });
        launch.use(tracker -> tracker.viewPage("intro"));
        settle();

        assertEquals("terminated", lms.verbs().get(lms.verbs().size() - 1));
        Map<?, ?> terminated = statementsWithVerb("terminated").get(0);
        assertEquals(Map.of("duration", "PT1M30S"), terminated.get("result"), "from initialized to terminated");
        assertEquals(List.of(CMI5), Statements.at(terminated, "context.contextActivities.category"));
        assertEquals(List.of("initialized", "started", "terminated"), lms.verbs(), "nothing after terminated");
        assertEquals("https://lms.example.com/course/12", launch.returnUrl());

        CourseLaunch reloaded = open(env.reload(), query);
        settle();
        assertEquals(DeliveryState.MISCONFIGURED, reloaded.status().state());
        assertTrue(reloaded.status().problem().contains("This cmi5 session has ended"), reloaded.status().problem());
    }

    /** An exit while the course's texts are being checked (an unstamped course) still ends the session. */
    @Test
    void exitWhileTheCourseIsCheckedEndsTheSessionOnceItIsOpen() {
        DocumentCheck.Result[] pending = new DocumentCheck.Result[1];
        Environment e = env.environment(lms);
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"),
                null, lms.launch(), null, new Environment(e.http(), e.beacon(), e.store(), e.sessionStore(), e.clock(),
                        e.timer(), e.random(), e.log(), e.pageOrigin(), (course, settings, result) -> pending[0] = result));
        boolean[] ended = {false};
        launch.use(Tracker::start);
        launch.exit(() -> ended[0] = true);

        pending[0].checked(List.of(), List.of());
        settle();

        assertTrue(ended[0]);
        assertEquals(List.of("initialized", "started", "terminated"), lms.verbs());
    }

    @Test
    void exitStoresTheLearnersPlaceInTheLmsBeforeTerminatedWhichGoesAloneAndLast() throws JsonSyntaxException {
        CourseLaunch launch = open(env, lms.launch());
        launch.use(tracker -> tracker.viewPage("intro"));
        settle();
        launch.use(tracker -> tracker.viewPage("q-tf")); // the place changes: a State PUT waits its pause
        boolean[] ended = {false};
        launch.exit(() -> ended[0] = true);
        assertFalse(ended[0], "the attempt goes to the LMS first");
        settle();

        assertTrue(ended[0]);
        List<HttpRequest> requests = lms.requests();
        HttpRequest last = requests.get(requests.size() - 1);
        HttpRequest beforeLast = requests.get(requests.size() - 2);
        assertEquals("POST", last.method());
        assertEquals(List.of("terminated"), ((List<?>) JsonReader.parse(last.body())).stream()
                .map(statement -> Statements.verb((Map<?, ?>) statement)).toList(), "terminated alone, last");
        assertEquals("PUT", beforeLast.method());
        assertTrue(beforeLast.url().contains("stateId=courseruntime.attempt"), beforeLast.url());
        assertEquals("q-tf", ((Map<?, ?>) JsonReader.parse(beforeLast.body())).get("position"));
        assertEquals(List.of(), env.beacon.sent, "no beacons under cmi5");
    }

    @Test
    void aPreferencesReadThatGetsNoAnswerIsTriedAgainBeforeAnyStatementAsTheLmsRequires() {
        boolean[] failedOnce = {false};
        HttpClient preferencesBlip = (request, callback) -> {
            if (request.url().contains("agents/profile") && !failedOnce[0]) {
                failedOnce[0] = true;
                env.clock.schedule(0, () -> callback.onNetworkError("connection reset"));
            } else {
                lms.send(request, callback);
            }
        };
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null,
                lms.launch(), null, env.environment(preferencesBlip));
        launch.use(Tracker::start);
        settle();

        assertEquals(List.of("initialized", "started"), lms.verbs(), "the LMS refuses statements of a session that"
                + " did not read the preferences (11.0.0.0-3): none was refused");
        assertEquals("de-CH,en-US", launch.cmi5Session().languagePreference());
    }

    @Test
    void aNetworkBlipOnTheFetchUrlOrTheLaunchDataDoesNotEndTheLaunch() {
        List<String> blipped = new ArrayList<>();
        HttpClient blips = (request, callback) -> {
            String what = request.url().contains("/cmi5/fetch") ? "fetch" : request.url().contains("LMS.LaunchData")
                    ? "launch data" : null;
            if (what != null && !blipped.contains(what)) {
                blipped.add(what); // the first try of each never reaches the LMS
                env.clock.schedule(0, () -> callback.onNetworkError("connection reset"));
            } else {
                lms.send(request, callback);
            }
        };
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null,
                lms.launch(), null, env.environment(blips));
        launch.use(Tracker::start);
        settle();

        assertEquals(List.of("fetch", "launch data"), blipped);
        assertEquals(List.of("initialized", "started"), lms.verbs());
        assertEquals(DeliveryState.SAVED, launch.status().state());
    }

    @Test
    void aFetchUrlThatAnsweredIsNotAskedAgain() {
        int[] fetches = {0};
        HttpClient fetchFails = (request, callback) -> {
            if (request.url().contains("/cmi5/fetch")) {
                fetches[0]++;
                env.clock.schedule(0, () -> callback.onResponse(new HttpResponse(500, null, "")));
            } else {
                lms.send(request, callback);
            }
        };
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null,
                lms.launch(), null, env.environment(fetchFails));
        settle();

        assertEquals(DeliveryState.MISCONFIGURED, launch.status().state());
        assertTrue(launch.status().problem().contains("the fetch URL answered HTTP 500"), launch.status().problem());
        assertEquals(1, fetches[0], "one try: the LMS may have handed the token out already");
        assertEquals(List.of(), lms.requests(), "nothing else is sent");
    }

    @Test
    void aReloadWhileTerminatedIsUnconfirmedStillSendsItAndOnlyThenTheSessionEnds() {
        String query = lms.launch();
        PageInstance tab = new PageInstance(env.environment(lms));
        CourseLaunch leaving = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null,
                query, null, tab.environment());
        settle();
        lms.statementsDown = true;
        boolean[] ended = {false};
        leaving.exit(() -> ended[0] = true);
        settle();
        assertFalse(ended[0], "terminated is not confirmed: the session has not ended");
        leaving.pageHidden(); // the learner reloads while the LMS is down
        tab.close();
        lms.statementsDown = false;

        CourseLaunch reloaded = open(env.reload(), query);
        settle();

        assertEquals(List.of("initialized", "terminated"), lms.verbs());
        assertEquals(DeliveryState.SAVED, reloaded.status().state());
    }

    @Test
    void aBrokenLaunchDataIsNamedPropertyByPropertyAndNothingIsSent() {
        String query = lms.launch();
        lms.launchData("{\"launchMode\": \"Sometimes\", \"masteryScore\": 2, \"moveOn\": \"Whenever\"}");
        CourseLaunch launch = open(env, query);
        launch.use(Tracker::start);
        settle();

        assertEquals("Your results cannot be recorded. The learning platform's LMS.LaunchData is not valid: contextTemplate:"
                + " missing; launchMode: must be Normal, Browse or Review; masteryScore: must be a number from 0 to 1;"
                + " moveOn: must be one of Passed Completed CompletedAndPassed CompletedOrPassed NotApplicable.",
                launch.status().problem());
        assertEquals(List.of(launch.status().problem()), env.log.errors);
        assertTrue(lms.statements().isEmpty());
    }

    @Test
    void theSessionTokenStaysOutOfLogsAndTheOutbox() {
        lms.statementsDown = true;
        String query = lms.launch();
        CourseLaunch launch = open(env, query);
        launch.use(Tracker::start);
        TestEnvironment secondTab = env.secondTab();
        open(secondTab, query); // a refused second use of the fetch URL, logged
        settle();

        assertEquals(2, launch.status().queued(), "initialized and started wait in the outbox: " + launch.status());
        for (String key : env.store.keys("")) {
            assertFalse(env.store.get(key).contains(FakeCmi5Lms.token(1)), key);
        }
        assertEquals(1, secondTab.log.errors.size());
        List<String> messages = new ArrayList<>(secondTab.log.errors);
        messages.addAll(env.log.errors);
        messages.addAll(env.log.warnings);
        for (String message : messages) {
            assertFalse(message.contains(FakeCmi5Lms.token(1)), message);
        }
    }

    @Test
    void aReloadWhileTheSavedAttemptIsBeingReadStillBeginsWithInitialized() {
        String query = lms.launch();
        HttpClient savedAttemptNeverArrives = (request, callback) -> {
            if (!request.url().contains("courseruntime.attempt")) {
                lms.send(request, callback);
            }
        };
        PageInstance first = new PageInstance(env.environment(savedAttemptNeverArrives));
        CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null, query, null,
                first.environment()).use(Tracker::start);
        env.clock.advance(1_000); // the session is set up, the saved attempt still being read: the learner reloads
        first.close();
        open(env.reload(), query).use(Tracker::start);
        settle();

        assertEquals(List.of("initialized", "started"), lms.verbs());
    }

    @Test
    void whatTheLearnerDoesAfterExitIsNeitherSentNorKeptAsSent() {
        CourseLaunch first = open(env, lms.launch());
        first.use(Tracker::start);
        settle();
        completeAll(first.tracker(), 9);
        first.exit(() -> { });
        first.finish(); // after terminated: nothing may go out, so nothing may count as sent
        settle();
        CourseLaunch second = open(env.secondTab(), lms.launch());
        second.use(Tracker::finish);
        settle();

        assertEquals(List.of("initialized", "terminated", "initialized", "completed", "passed"), definedVerbs());
    }

    @Test
    void aBrowseSessionChangesNothingOfTheLearnersRecord() {
        lms.launchMode = "Browse";
        CourseLaunch browse = open(env, lms.launch());
        browse.use(tracker -> {
            completeAll(tracker, 9);
            tracker.finish();
        });
        settle();
        lms.launchMode = "Normal";
        CourseLaunch normal = open(env.secondTab(), lms.launch());
        normal.use(tracker -> {
            tracker.viewPage("intro");
            tracker.finish();
        });
        settle();

        assertEquals(List.of(), statementsWithVerb("mastered"), "mastery is a judgement: not in Browse mode");
        assertEquals(List.of("initialized", "initialized", "failed"), definedVerbs(),
                "the Normal session starts afresh: the Browse answers do not count");
    }

    @Test
    void aPassThatASessionCouldNotReportIsReportedByTheNextSessionsFinish() {
        CourseLaunch first = open(env, lms.launch());
        first.use(tracker -> {
            tracker.start();
            completeAll(tracker, 0);
            tracker.finish();
            tracker.retake();
            completeAll(tracker, 9);
            tracker.finish(); // passed, but this session judged already
        });
        settle();
        CourseLaunch second = open(env.secondTab(), lms.launch());
        second.use(Tracker::finish); // the course's results page, opened again
        second.use(Tracker::finish);
        settle();

        assertEquals(List.of("initialized", "completed", "failed", "initialized", "passed"), definedVerbs());
    }

    @Test
    void whatAClosedSessionLeftUnconfirmedIsSetAsideAndReportedByTheNextSession() {
        lms.statementsDown = true;
        PageInstance tab = new PageInstance(env.environment(lms));
        CourseLaunch closed = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null,
                lms.launch(), null, tab.environment());
        closed.use(tracker -> {
            tracker.start();
            completeAll(tracker, 9);
            tracker.finish();
        });
        settle();
        tab.close(); // the tab closes with all of it unconfirmed (its beacons lost too)
        lms.statementsDown = false;
        TestEnvironment nextDay = env.secondTab();
        CourseLaunch next = open(nextDay, lms.launch());
        next.use(Tracker::finish);
        settle();

        assertEquals(List.of("initialized", "completed", "passed"), definedVerbs(),
                "the next session reports what the closed one could not");
        assertTrue(next.status().setAside() > 20, "the closed session's statements are kept aside, not dropped: "
                + next.status());
        assertTrue(nextDay.log.warnings.stream().anyMatch(warning -> warning.contains("earlier cmi5 session")),
                nextDay.log.warnings.toString());
    }

    @Test
    void aPageThatActsOnceTheLaunchIsReadyIsTrackedAfterInitializedThoughAnEarlierSessionLeftStatements() {
        lms.statementsDown = true;
        PageInstance closed = new PageInstance(env.environment(lms));
        CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null, lms.launch(),
                null, closed.environment()).use(Tracker::start);
        settle();
        closed.close(); // the earlier session's tab closed with its statements unconfirmed
        lms.statementsDown = false;
        CourseLaunch next = open(env.secondTab(), lms.launch());
        boolean[] shown = {false};
        next.addListener(status -> { // runtime.onStatus: the page shows its first page once the launch is ready
            if (status.state() != DeliveryState.CONNECTING && !shown[0]) {
                shown[0] = true;
                next.use(tracker -> tracker.viewPage("intro"));
            }
        });
        settle();

        assertEquals(List.of("initialized", "experienced", "progressed"), lms.verbs());
    }

    @Test
    void anLmsInMaintenanceEndsTheLaunchWithinSecondsWhateverRetryAfterItAsks() {
        HttpClient inMaintenance = (request, callback) -> {
            if (request.url().contains("stateId=LMS.LaunchData")) {
                callback.onResponse(new HttpResponse(503, "3600", "maintenance"));
            } else {
                lms.send(request, callback);
            }
        };
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"),
                null, lms.launch(), null, env.environment(inMaintenance));
        env.clock.advance(10_000);

        assertEquals(DeliveryState.MISCONFIGURED, launch.status().state());
        assertTrue(launch.status().problem().contains("LMS.LaunchData could not be read (HTTP 503)"),
                launch.status().problem());
    }
}
