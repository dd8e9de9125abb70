package org.courseruntime.delivery;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.courseruntime.json.JsonReader;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.PublishSettingsReader;
import org.courseruntime.statement.Activity;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Statement;
import org.courseruntime.statement.Verb;
import org.courseruntime.testing.FakeLrs;
import org.courseruntime.testing.Fixtures;
import org.courseruntime.testing.PageInstance;
import org.courseruntime.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    private static final String SCOPE = "https://courses.example.com/c learner-1";
    static final PublishSettings SETTINGS = settings();

    private final TestEnvironment env = new TestEnvironment();

    private static PublishSettings settings() {
        try {
            return PublishSettingsReader.read(Fixtures.allStatements("https://lrs.example.com/xapi/"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static Statement statement(int n) {
        String suffix = Integer.toString(1_000_000 + n).substring(1);
        return new Statement("00000000-0000-4000-8000-000000" + suffix, "2026-11-28T14:31:37.123Z",
                Agent.withEmail("Ada", "ada@example.com"), new Verb("http://adlnet.gov/expapi/verbs/experienced", "experienced"),
                new Activity("https://courses.example.com/c/page-" + n, null, null), null, null);
    }

    private static List<String> ids(int... numbers) {
        List<String> ids = new ArrayList<>();
        for (int n : numbers) {
            ids.add(statement(n).id());
        }
        return ids;
    }

    private static List<?> ids(HttpRequest request) throws Exception {
        return ((List<?>) JsonReader.parse(request.body())).stream().map(s -> ((Map<?, ?>) s).get("id")).toList();
    }

    private Delivery delivery(TestEnvironment tab) {
        return new Delivery(Fixtures.lrs(SETTINGS, tab.environment()), tab.environment(), SCOPE, "tab-" + tab.random.nextInt());
    }

    private Delivery deliveryTo(FakeLrs lrs, TestEnvironment tab) {
        Environment e = tab.environment();
        Environment toLrs = new Environment(lrs, e.beacon(), e.store(), e.sessionStore(), e.clock(), e.timer(), e.random(),
                e.log(), e.pageOrigin(), e.check());
        return new Delivery(Fixtures.lrs(SETTINGS, toLrs), toLrs, SCOPE, "tab-" + tab.random.nextInt());
    }

    /** Runs the clock task by task until a request waits for an answer; returns the time that took. */
    private long timeUntilTheNextRequest() {
        long waited = 0;
        while (env.network.waiting() == 0) {
            long delay = env.clock.nextDelay();
            env.clock.advance(delay);
            waited += delay;
        }
        return waited;
    }

    private static void sendAll(Delivery delivery, int from, int to) {
        for (int n = from; n <= to; n++) {
            delivery.send(statement(n));
        }
    }

    @Test
    void statementsMadeInOneTurnGoOutAsOneBatchWithTheXapiHeaders() throws Exception {
        Delivery delivery = delivery(env);
        sendAll(delivery, 1, 3);
        assertEquals(0, env.network.sent().size(), "nothing leaves before the turn ends");

        env.clock.runDue();

        assertEquals(1, env.network.sent().size());
        HttpRequest request = env.network.sent().get(0);
        assertEquals("POST", request.method());
        assertEquals("https://lrs.example.com/xapi/statements", request.url());
        assertEquals("1.0.3", request.headers().get("X-Experience-API-Version"));
        assertEquals("application/json", request.headers().get("Content-Type"));
        assertEquals("Basic ZGVtby1sYXA6U3VwM3ItczNjcmV0IQ==", request.headers().get("Authorization"));
        assertEquals(ids(1, 2, 3), ids(request));
    }

    @Test
    void aBurstGoesOutInBatchesOfAtMostFiftyOneAtATimeInOrder() {
        FakeLrs lrs = new FakeLrs(env.clock, 200);
        Delivery delivery = deliveryTo(lrs, env);
        sendAll(delivery, 1, 120);

        env.clock.advance(10_000);

        assertEquals(List.of(50, 50, 20), lrs.requests.stream().map(List::size).toList());
        assertEquals(1, lrs.maxInFlight());
        assertEquals(ids(java.util.stream.IntStream.rangeClosed(1, 120).toArray()), lrs.storedIds());
        assertEquals(DeliveryState.SAVED, delivery.status().state());
        assertEquals(120, delivery.status().confirmed());
    }

    @Test
    void aBurstSetsOneTimerNotOneForEachStatement() {
        Delivery delivery = delivery(env);
        sendAll(delivery, 1, 500);

        assertEquals(1, env.clock.waitingTasks());
    }

    @Test
    void aStatementIsStoredBeforeItIsSentAndRemovedOnlyOnceConfirmed() {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        assertEquals(1, env.store.keys(Outbox.PREFIX).size());

        env.clock.runDue();
        env.network.fail("timed out");
        assertEquals(1, env.store.keys(Outbox.PREFIX).size(), "kept after a failure");
        env.clock.advance(1_000);
        env.network.answer(200, "[]");

        assertEquals(List.of(), env.store.keys(Outbox.PREFIX));
    }

    @Test
    void aReloadResendsWhatWasLeftWithTheSameIdsAndContentInTheOriginalOrder() throws Exception {
        Delivery first = delivery(env);
        sendAll(first, 1, 5);
        env.clock.runDue();
        String sentBefore = env.network.sent().get(0).body(); // in flight when the page is reloaded

        first.pageHidden(); // the reload
        TestEnvironment reloaded = env.secondTab();
        delivery(reloaded);
        reloaded.clock.runDue();

        assertEquals(ids(1, 2, 3, 4, 5), ids(reloaded.network.sent().get(0)));
        assertEquals(sentBefore, reloaded.network.sent().get(0).body(), "byte for byte the same statements");
    }

    @Test
    void keepingAStatementCostsOneWriteWhetherThreeOrThreeThousandAreQueued() {
        Delivery delivery = delivery(env);
        delivery.setOnline(false);
        sendAll(delivery, 1, 3);
        int before = env.store.writes();
        delivery.send(statement(4));
        int costWithThree = env.store.writes() - before;
        sendAll(delivery, 5, 3_000);
        before = env.store.writes();
        delivery.send(statement(3_001));
        int costWithThreeThousand = env.store.writes() - before;

        assertEquals(1, costWithThree);
        assertEquals(1, costWithThreeThousand);
    }

    @Test
    void credentialsAreNeverStoredWithTheStatements() {
        Delivery delivery = delivery(env);
        sendAll(delivery, 1, 3);
        env.clock.runDue();

        String everything = String.join("\n", env.store.contents().values()) + String.join("\n", env.store.contents().keySet());
        assertFalse(everything.contains(Fixtures.PASSWORD));
        assertFalse(everything.contains("ZGVtby1sYXA6U3VwM3ItczNjcmV0IQ"));
        assertFalse(everything.contains("Basic"));
    }

    @Test
    void aRefusedPasswordIsAnAuthenticationProblemThatKeepsTheStatementsAndNamesNoCredentials() {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        env.clock.runDue();

        env.network.answer(401, "{\"message\":\"Unauthorised\"}");
        delivery.send(statement(2));
        env.clock.advance(3_600_000);

        DeliveryStatus status = delivery.status();
        assertEquals(DeliveryState.AUTH_REFUSED, status.state());
        assertEquals(2, status.queued());
        assertEquals(1, env.network.sent().size(), "nothing is sent with credentials the LRS refused");
        assertTrue(status.problem().startsWith("Authentication problem: the LRS refused the course's LAP login and password (HTTP 401)"),
                status.problem());
        assertFalse(status.problem().contains(Fixtures.PASSWORD));
        assertFalse(status.problem().contains(Fixtures.LOGIN));
        assertFalse(status.problem().toLowerCase().contains("network"));
        assertEquals(List.of(status.problem()), env.log.errors);
        assertEquals(2, env.store.keys(Outbox.PREFIX).size());
    }

    @Test
    void aWrongEndpointStopsSendingAndKeepsEverything() {
        Delivery delivery = delivery(env);
        sendAll(delivery, 1, 3);
        env.clock.runDue();

        env.network.answer(404, "Not Found");
        env.clock.advance(3_600_000);

        assertEquals(DeliveryState.ENDPOINT_REFUSED, delivery.status().state());
        assertEquals(3, delivery.status().queued());
        assertEquals(0, delivery.status().setAside(), "a wrong URL is not the statements' fault");
        assertEquals("The LRS endpoint https://lrs.example.com/xapi/ answered HTTP 404 to statements. Statements are kept"
                + " and not sent; check lrs.endpoint in the publish settings.", delivery.status().problem());
    }

    @Test
    void serverErrorsTimeoutsAndNetworkFailuresAreRetriedWithGrowingJitteredDelays() throws Exception {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        env.clock.runDue();
        List<Long> delays = new ArrayList<>();
        for (int answer : new int[] {503, 500, 408, -1, 502, 504, 500, 503, 500}) {
            if (answer < 0) {
                env.network.fail("timed out");
            } else {
                env.network.answer(answer, "");
            }
            assertEquals(DeliveryState.RETRYING, delivery.status().state());
            delays.add(timeUntilTheNextRequest());
        }
        env.network.answer(200, "[]");

        long ceiling = 1_000;
        for (long delay : delays) {
            assertTrue(delay >= ceiling / 2 && delay <= ceiling, delay + " within [" + ceiling / 2 + ", " + ceiling + "]");
            ceiling = Math.min(ceiling * 2, 60_000);
        }
        assertEquals(10, env.network.sent().size());
        assertEquals(ids(1), ids(env.network.sent().get(9)));
        assertEquals(DeliveryState.SAVED, delivery.status().state());
        assertEquals(null, delivery.status().problem());
    }

    @Test
    void tooManyRequestsWaitsAtLeastWhatRetryAfterSays() {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        env.clock.runDue();

        env.network.answer(new HttpResponse(429, "120", "slow down"));

        assertEquals(120_000, timeUntilTheNextRequest());
        assertEquals("The LRS answered HTTP 429: slow down; statements are kept and retried in 120 s.", delivery.status().problem());
    }

    @Test
    void aBatchRefusedForOneStatementIsSplitUntilItIsFoundAndTheOthersAreDelivered() {
        FakeLrs lrs = new FakeLrs(env.clock, 100);
        String bad = statement(6).id();
        lrs.fault(ids -> ids.contains(bad) ? new HttpResponse(400, null, "{\"message\":\"Invalid statement\"}") : null);
        Delivery delivery = deliveryTo(lrs, env);
        sendAll(delivery, 1, 8);

        env.clock.advance(10_000);

        assertEquals(List.of(8, 4, 4, 2, 1, 1, 2), lrs.requests.stream().map(List::size).toList());
        assertEquals(ids(1, 2, 3, 4, 5, 7, 8), lrs.storedIds());
        assertEquals(1, delivery.status().setAside());
        SetAsideStatement aside = delivery.setAsideStatements().get(0);
        assertEquals(bad, aside.id());
        assertEquals("HTTP 400: {\"message\":\"Invalid statement\"}", aside.reason());
        assertEquals("The LRS refused statement " + bad + " (HTTP 400: {\"message\":\"Invalid statement\"}). It is set aside;"
                + " the others are sent.", env.log.errors.get(0));
        assertEquals(DeliveryState.REJECTED, delivery.status().state(), "not all saved: the indicator must not say so");
        assertEquals(0, delivery.status().queued());
    }

    @Test
    void aConflictingStatementIsSetAsideAndKeptAcrossAReload() {
        FakeLrs lrs = new FakeLrs(env.clock, 100);
        String conflicting = statement(2).id();
        lrs.fault(ids -> ids.contains(conflicting) ? new HttpResponse(409, null, "conflicting") : null);
        Delivery delivery = deliveryTo(lrs, env);
        sendAll(delivery, 1, 3);
        env.clock.advance(10_000);

        Delivery reloaded = delivery(env.secondTab());

        assertEquals(ids(1, 3), lrs.storedIds());
        assertEquals(List.of(conflicting), reloaded.setAsideStatements().stream().map(SetAsideStatement::id).toList());
        assertEquals("HTTP 409: conflicting", reloaded.setAsideStatements().get(0).reason());
    }

    @Test
    void offlineNothingIsTriedAndBackOnlineEverythingGoesAtOnce() {
        Delivery delivery = delivery(env);
        delivery.setOnline(false);
        sendAll(delivery, 1, 2);
        env.clock.advance(600_000);
        assertEquals(0, env.network.sent().size());
        assertEquals(DeliveryState.OFFLINE, delivery.status().state());

        delivery.setOnline(true);
        env.clock.runDue();

        assertEquals(1, env.network.sent().size());
        assertEquals(DeliveryState.SENDING, delivery.status().state());
    }

    @Test
    void twoTabsOfOneCourseNeverSendAtTheSameTimeAndLoseNothingOfEachOther() {
        FakeLrs lrs = new FakeLrs(env.clock, 300);
        TestEnvironment secondTab = env.secondTab();
        Delivery first = deliveryTo(lrs, env);
        Delivery second = deliveryTo(lrs, secondTab);
        for (int n = 1; n <= 20; n++) {
            (n % 2 == 0 ? second : first).send(statement(n));
            if (n % 3 == 0) {
                second.storeChangedElsewhere();
                first.storeChangedElsewhere();
            }
            env.clock.advance(50);
        }

        env.clock.advance(120_000);

        assertEquals(1, lrs.maxInFlight());
        assertEquals(20, lrs.storedIds().size());
        assertEquals(0, lrs.resends());
        assertEquals(List.of(), env.store.keys(Outbox.PREFIX));
    }

    @Test
    void whenTheSendingTabCrashesAnotherTakesOverOnceItsLeaseExpires() {
        PageInstance crashing = new PageInstance(env.environment());
        Delivery sending = new Delivery(Fixtures.lrs(SETTINGS, crashing.environment()), crashing.environment(), SCOPE, "tab-crashing");
        sendAll(sending, 1, 3);
        env.clock.runDue(); // it holds the lease and its request is in flight when the tab crashes
        FakeLrs lrs = new FakeLrs(env.clock, 100);
        deliveryTo(lrs, env.secondTab());
        env.clock.advance(SendLock.LEASE_MILLIS);
        assertEquals(List.of(), lrs.requests, "not while the tab that sends renews its lease");
        crashing.close(); // no pagehide: its timers stop, the lease is not given up

        env.clock.advance(SendLock.IN_FLIGHT_LEASE_MILLIS + Delivery.LOCK_RETRY_MILLIS);

        assertEquals(ids(1, 2, 3), lrs.storedIds());
    }

    @Test
    void aTabThatCrashesWhileWaitingToRetryHoldsTheOthersUpForOneShortLease() {
        PageInstance crashing = new PageInstance(env.environment());
        Delivery sending = new Delivery(Fixtures.lrs(SETTINGS, crashing.environment()), crashing.environment(), SCOPE, "tab-crashing");
        sendAll(sending, 1, 3);
        env.clock.runDue();
        env.network.answer(503, ""); // it waits to retry, holding the lease, when the tab crashes
        FakeLrs lrs = new FakeLrs(env.clock, 100);
        deliveryTo(lrs, env.secondTab());
        crashing.close();

        env.clock.advance(SendLock.LEASE_MILLIS + Delivery.LOCK_RETRY_MILLIS);

        assertEquals(ids(1, 2, 3), lrs.storedIds(), "within 15 s, not 45");
    }

    @Test
    void aPageLoadAfterARefusalSaysSavedOnceItsOwnStatementsAreConfirmed() {
        PageInstance page = new PageInstance(env.environment());
        Delivery first = new Delivery(Fixtures.lrs(SETTINGS, page.environment()), page.environment(), SCOPE, "tab-first");
        first.send(statement(1));
        env.clock.runDue();
        env.network.answer(400, "{\"message\":\"Invalid statement\"}");
        assertEquals(DeliveryState.REJECTED, first.status().state());
        first.pageHidden();
        page.close();

        TestEnvironment reloaded = env.secondTab();
        Delivery next = delivery(reloaded);
        next.send(statement(2));
        reloaded.clock.runDue();
        reloaded.network.answer(200, "[]");

        assertEquals(DeliveryState.SAVED, next.status().state(), "the refusal was told where it happened");
        assertEquals(1, next.status().setAside(), "and the statement is still kept aside for the author");
    }

    @Test
    void aRequestThatOutlastsTheLeaseKeepsItForTheTabThatSentIt() throws Exception {
        Delivery sending = delivery(env);
        sendAll(sending, 1, 3);
        env.clock.runDue();
        TestEnvironment other = env.secondTab();
        delivery(other).send(statement(4));

        env.clock.advance(3 * SendLock.LEASE_MILLIS); // the first request is still unanswered

        assertEquals(List.of(), other.network.sent(), "no second tab sends the same statements meanwhile");
        env.network.answer(200, "[]");
        env.clock.advance(Delivery.LOCK_RETRY_MILLIS);
        assertEquals(ids(4), ids(other.network.sent().get(0)), "once the lease is given up, the other tab sends");
    }

    @Test
    void aPageHiddenTwiceSendsEachStatementInOneBeacon() {
        Delivery delivery = delivery(env);
        sendAll(delivery, 1, 2);
        delivery.pageHidden(); // visibilitychange to hidden
        delivery.send(statement(3)); // the page was shown again
        delivery.pageHidden(); // hidden again, then pagehide
        delivery.pageHidden();

        assertEquals(2, env.beacon.sent.size());
        assertTrue(env.beacon.sent.get(1).formBody().contains(java.net.URLEncoder.encode(statement(3).id(),
                java.nio.charset.StandardCharsets.UTF_8)));
        assertFalse(env.beacon.sent.get(1).formBody().contains(statement(1).id()));
    }

    @Test
    void aBeaconTheBrowserRefusedIsTriedAgainAtTheNextHide() {
        Delivery delivery = delivery(env);
        sendAll(delivery, 1, 2);
        env.beacon.refuse = true;
        delivery.pageHidden();
        env.beacon.refuse = false;
        delivery.pageHidden();

        assertEquals(1, env.beacon.sent.size());
        assertTrue(env.beacon.sent.get(0).formBody().contains(statement(1).id()));
        assertTrue(env.beacon.sent.get(0).formBody().contains(statement(2).id()));
    }

    @Test
    void whenStorageRefusesWritesStatementsAreStillSentAndTheAuthorIsToldOnce() {
        env.store.refuseWrites();
        Delivery delivery = delivery(env);
        sendAll(delivery, 1, 3);
        env.clock.runDue();
        env.network.answer(200, "[]");
        delivery.send(statement(4));
        env.clock.runDue();
        env.network.answer(200, "[]");

        assertEquals(4, delivery.status().confirmed());
        assertFalse(delivery.status().persistent());
        assertEquals(1, env.log.warnings.size());
        assertTrue(env.log.warnings.get(0).startsWith("The browser refused to store statements"), env.log.warnings.get(0));
    }

    @Test
    void atPageCloseWhatIsLeftGoesOutInABeaconInTheAlternateSyntaxAndStaysUntilConfirmed() {
        Delivery delivery = delivery(env);
        sendAll(delivery, 1, 2);
        env.clock.runDue(); // in flight, no answer yet

        delivery.pageHidden();

        assertEquals(1, env.beacon.sent.size());
        assertEquals("https://lrs.example.com/xapi/statements?method=POST", env.beacon.sent.get(0).url());
        Map<String, String> fields = Arrays.stream(env.beacon.sent.get(0).formBody().split("&"))
                .map(field -> field.split("=", 2)).collect(Collectors.toMap(
                        field -> URLDecoder.decode(field[0], UTF_8), field -> URLDecoder.decode(field[1], UTF_8)));
        assertEquals(Set.of("content", "Authorization", "X-Experience-API-Version", "Content-Type"), fields.keySet());
        assertTrue(fields.get("content").startsWith("[{\"id\":\"00000000-0000-4000-8000-000000000001\""), fields.get("content"));
        assertEquals("Basic ZGVtby1sYXA6U3VwM3ItczNjcmV0IQ==", fields.get("Authorization"));
        assertEquals("1.0.3", fields.get("X-Experience-API-Version"));
        assertEquals("application/json", fields.get("Content-Type"));
        assertEquals(2, env.store.keys(Outbox.PREFIX).size(), "kept until a load sees them confirmed");
    }

    @Test
    void aLongQueueLeavesInSeveralBeaconsThatEachFitTheBrowsersLimit() {
        Delivery delivery = delivery(env);
        delivery.setOnline(false);
        sendAll(delivery, 1, 400);

        delivery.pageHidden();

        assertTrue(env.beacon.sent.size() > 1);
        int statements = 0;
        for (var beacon : env.beacon.sent) {
            assertTrue(beacon.formBody().length() <= Delivery.MAX_BEACON_CHARS, beacon.formBody().length() + " chars");
            statements += beacon.formBody().split("%22timestamp%22", -1).length - 1;
        }
        assertEquals(400, statements);
    }

    @Test
    void listenersSeeEveryChange() {
        Delivery delivery = delivery(env);
        List<DeliveryStatus> statuses = new ArrayList<>();
        delivery.addListener(statuses::add);
        delivery.send(statement(1));
        env.clock.runDue();
        env.network.answer(200, "[]");
        env.clock.runDue();

        assertEquals(List.of(DeliveryState.SENDING, DeliveryState.SENDING, DeliveryState.SAVED, DeliveryState.SAVED),
                statuses.stream().map(DeliveryStatus::state).toList());
        assertEquals(List.of(1, 0, 0, 0), statuses.stream().map(DeliveryStatus::queued).toList());
        assertEquals(List.of(0, 1, 0, 0), statuses.stream().map(DeliveryStatus::sending).toList());
    }

    /** Runs the clock until a request waits for an answer. */
    private void untilTheNextRequest() {
        while (env.network.waiting() == 0) {
            env.clock.advance(env.clock.nextDelay());
        }
    }

    private long leaseLeft() {
        String lease = env.store.get("courseruntime.lock." + SCOPE);
        return Long.parseLong(lease.substring(lease.indexOf('\n') + 1)) - env.clock.nowMillis();
    }

    @Test
    void aRetryInFlightKeepsTheInFlightLeaseAndCountsAsSending() {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        env.clock.runDue();
        env.network.fail("timed out");
        assertEquals(0, delivery.status().sending(), "waiting out the backoff, it is queued");

        untilTheNextRequest();
        env.clock.advance(Delivery.LEASE_RENEW_MILLIS + 1); // a renewal while the retry is in flight

        assertEquals(1, env.network.waiting());
        assertEquals(1, delivery.status().sending());
        assertEquals(DeliveryState.RETRYING, delivery.status().state(), "until the LRS confirms");
        assertTrue(leaseLeft() > SendLock.LEASE_MILLIS, "holds " + leaseLeft() + " ms");
    }

    @Test
    void theRetryProblemIsClearedOnceDeliveredAfterThePageWasHiddenDuringTheBackoff() {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        env.clock.runDue();
        env.network.fail("timed out");
        delivery.pageHidden(); // the learner switches tabs while the retry waits: the lock is given up

        untilTheNextRequest();
        env.network.answer(200, "[]");
        env.clock.advance(1_000);

        assertEquals(DeliveryState.SAVED, delivery.status().state());
        assertEquals(null, delivery.status().problem());
    }

    @Test
    void aRetryCarriesTheStatementsMadeDuringTheBackoff() throws Exception {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        env.clock.runDue();
        env.network.fail("timed out");
        delivery.send(statement(2));
        env.clock.runDue();
        assertEquals(0, env.network.waiting(), "nothing goes before the backoff is over");

        untilTheNextRequest();

        assertEquals(2, ids(env.network.sent().get(env.network.sent().size() - 1)).size());
    }

    @Test
    void theRetryProblemIsClearedOnceDeliveredAfterTheBrowserWasBrieflyOffline() {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        env.clock.runDue();
        env.network.fail("no answer");
        delivery.setOnline(false);
        delivery.setOnline(true); // the waiting retry goes at once

        env.network.answer(200, "[]");
        env.clock.advance(1_000);

        assertEquals(DeliveryState.SAVED, delivery.status().state());
        assertNull(delivery.status().problem(), "everything is confirmed, yet the status still says: ");
    }

    /** Same, but the retry fell due while offline (withdrawn), the next flush sends it once back online. */
    @Test
    void theRetryProblemIsClearedOnceDeliveredAfterAWithdrawalWhileOffline() {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        env.clock.runDue();
        env.network.fail("no answer");
        delivery.setOnline(false);
        env.clock.advance(5_000); // the retry falls due offline: withdrawn
        delivery.setOnline(true);
        untilTheNextRequest();

        env.network.answer(200, "[]");
        env.clock.advance(1_000);

        assertEquals(DeliveryState.SAVED, delivery.status().state());
        assertNull(delivery.status().problem());
    }

    /** A passing failure, then the retry is refused for good: the state is REJECTED, not RETRYING. */
    @Test
    void aRetryRefusedForGoodSaysRejectedNotRetrying() {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        env.clock.runDue();
        env.network.answer(503, "");
        untilTheNextRequest();

        env.network.answer(400, "bad statement");
        env.clock.advance(60_000);

        assertEquals(0, delivery.status().queued());
        assertEquals(1, delivery.status().setAside());
        assertEquals(DeliveryState.REJECTED, delivery.status().state());
    }

    /** Tab A's retry waits; the learner works in tab B, which delivers everything; back on tab A. */
    @Test
    void aTabWhoseRetryAnotherTabMadeUnnecessarySaysSaved() {
        Delivery first = delivery(env);
        first.send(statement(1));
        env.clock.runDue();
        env.network.fail("no answer");
        first.pageHidden(); // the learner switches to the other tab

        TestEnvironment other = env.secondTab();
        Delivery second = delivery(other);
        other.clock.runDue();
        other.network.answer(200, "[]");
        first.storeChangedElsewhere();
        env.clock.advance(120_000);

        assertEquals(0, first.status().queued());
        assertEquals(0, env.network.waiting(), "nothing left to send");
        assertEquals(DeliveryState.SAVED, first.status().state(), "problem: " + first.status().problem());
    }

    /**
     * No offline event at all: statements left by an earlier page load meet a failure while the launch reads the
     * saved attempt; once ready, PageLifecycle.connect calls setOnline(navigator.onLine), i.e. setOnline(true).
     */
    @Test
    void theRetryProblemIsClearedOnceDeliveredWhenThePageConnectsDuringTheBackoff() {
        Delivery delivery = delivery(env);
        delivery.send(statement(1));
        env.clock.runDue();
        env.network.answer(503, "");
        delivery.setOnline(true); // PageLifecycle.connect, the browser online all along

        env.network.answer(200, "[]");
        env.clock.advance(1_000);

        assertEquals(DeliveryState.SAVED, delivery.status().state());
        assertNull(delivery.status().problem());
    }
}
