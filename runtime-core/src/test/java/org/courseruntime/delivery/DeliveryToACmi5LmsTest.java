package org.courseruntime.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.lrs.Credentials;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.lrs.LrsSource;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.testing.Fixtures;
import org.courseruntime.testing.PageInstance;
import org.courseruntime.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Delivery as a cmi5 LMS needs it, with the answers ADL's reference player gives (HTTP 403 with a JSON body naming
 * the rule): the session's order per request, a refusal read for what it is, and nothing at page close that the
 * LMS would refuse.
 */
class DeliveryToACmi5LmsTest {
    private static final String SCOPE = "https://lms.example.com/au/7 learner-1 session-1";
    /** A statement-level breach, as the reference player words it. */
    private static final String BREACH = "{\"statusCode\":403,\"error\":\"Forbidden\",\"message\":\"9.6.3.2-2 - The"
            + " masteryscore extension MUST match the LMS's mastery score\",\"violatedReqId\":\"9.6.3.2-2\"}";
    /** A session-level breach: every later request of the session would be refused too. */
    private static final String NOT_INITIALIZED = "{\"statusCode\":403,\"error\":\"Forbidden\",\"message\":\"9.3.0.0-4 - The"
            + " \\\"Initialized\\\" verb MUST be the first statement (cmi5 allowed or defined).\",\"violatedReqId\":\"9.3.0.0-4\"}";

    private final TestEnvironment env = new TestEnvironment();

    private static LrsClient underCmi5(Environment env) {
        return LrsClient.xapi("https://lms.example.com/lrs/", Credentials.ofAuthorizationHeader("Basic dG9rZW4="),
                LrsSource.CMI5_LAUNCH, env);
    }

    private Delivery delivery() {
        return new Delivery(underCmi5(env.environment()), env.environment(), SCOPE, "tab-1");
    }

    private static List<?> ids(HttpRequest request) throws Exception {
        return ((List<?>) JsonReader.parse(request.body())).stream().map(s -> ((Map<?, ?>) s).get("id")).toList();
    }

    private static String id(int n) {
        return DeliveryTest.statement(n).id();
    }

    @Test
    void aStatementSentAloneGoesByItselfAndWhatFollowsWaitsUntilTheLmsConfirmedIt() throws Exception {
        Delivery delivery = delivery();
        delivery.sendAlone(DeliveryTest.statement(1)); // initialized
        delivery.send(DeliveryTest.statement(2));
        delivery.send(DeliveryTest.statement(3));
        env.clock.runDue();

        assertEquals(1, env.network.waiting(), "one request at a time");
        assertEquals(List.of(id(1)), ids(env.network.answer(200, "[]")));
        delivery.send(DeliveryTest.statement(4));
        delivery.sendAlone(DeliveryTest.statement(5)); // terminated
        env.clock.runDue();
        assertEquals(List.of(id(2), id(3), id(4)), ids(env.network.answer(200, "[]")));
        env.clock.runDue();
        assertEquals(List.of(id(5)), ids(env.network.answer(200, "[]")), "the last one goes alone, after the rest");
        env.clock.runDue();
        assertEquals(0, env.network.waiting());
        assertEquals(DeliveryState.SAVED, delivery.status().state());
    }

    @Test
    void aStatementSentAloneKeepsItsPlaceAfterAReload() throws Exception {
        PageInstance page = new PageInstance(env.environment());
        Delivery first = new Delivery(underCmi5(page.environment()), page.environment(), SCOPE, "tab-1");
        first.sendAlone(DeliveryTest.statement(1));
        first.send(DeliveryTest.statement(2));
        first.pageHidden();
        page.close(); // reloaded before the turn ended: nothing was sent
        TestEnvironment reload = env.reload();
        Delivery reloaded = new Delivery(underCmi5(reload.environment()), reload.environment(), SCOPE, "tab-2");
        reloaded.send(DeliveryTest.statement(3));
        env.clock.runDue();

        assertEquals(0, env.network.sent().size(), "the page that went sends nothing");
        assertEquals(List.of(id(1)), ids(reload.network.answer(200, "[]")));
        env.clock.runDue();
        assertEquals(List.of(id(2), id(3)), ids(reload.network.answer(200, "[]")));
    }

    @Test
    void aRefusalNamingACmi5RuleSetsTheStatementAsideAndTheOthersGoOn() throws Exception {
        Delivery delivery = delivery();
        for (int n = 1; n <= 4; n++) {
            delivery.send(DeliveryTest.statement(n));
        }
        env.clock.runDue();

        env.network.answer(403, BREACH); // [1, 2, 3, 4]: statement 3 breaks a rule
        env.clock.runDue();
        env.network.answer(200, "[]"); // [1, 2]
        env.clock.runDue();
        env.network.answer(403, BREACH); // [3, 4]
        env.clock.runDue();
        env.network.answer(403, BREACH); // [3]
        env.clock.runDue();
        assertEquals(List.of(id(4)), ids(env.network.answer(200, "[]")));
        env.clock.runDue();

        DeliveryStatus status = delivery.status();
        assertEquals(DeliveryState.REJECTED, status.state(), "a refused statement does not stop the session, but is told");
        assertEquals(0, status.queued());
        assertEquals(1, status.setAside());
        assertEquals(id(3), delivery.setAsideStatements().get(0).id());
        String reason = delivery.setAsideStatements().get(0).reason();
        assertEquals("HTTP 403, cmi5 rule 9.6.3.2-2: 9.6.3.2-2 - The masteryscore extension MUST match the LMS's mastery"
                + " score", reason);
        assertEquals(1, env.log.errors.size());
        assertTrue(env.log.errors.get(0).contains("cmi5 rule 9.6.3.2-2"), env.log.errors.get(0));
    }

    @Test
    void aRefusalForARuleOfTheWholeSessionStopsSendingAndKeepsEverything() {
        Delivery delivery = delivery();
        delivery.send(DeliveryTest.statement(1));
        delivery.send(DeliveryTest.statement(2));
        env.clock.runDue();
        env.network.answer(403, NOT_INITIALIZED);
        env.clock.advance(3_600_000);

        DeliveryStatus status = delivery.status();
        assertEquals(DeliveryState.AUTH_REFUSED, status.state(), "every later request would be refused too");
        assertEquals(2, status.queued(), "kept for a later session to take over: " + status);
        assertEquals(0, status.setAside());
        assertEquals(1, env.network.sent().size());
        assertTrue(status.problem().startsWith("The learning platform refused this session's statements (HTTP 403,"
                + " cmi5 rule 9.3.0.0-4: "), status.problem());
        assertTrue(status.problem().endsWith("open the course again from the learning platform."), status.problem());
    }

    @Test
    void aLrsOutsideCmi5IsNotTakenAtItsWordWhenA403NamesARule() {
        Delivery delivery = new Delivery(Fixtures.lrs(DeliveryTest.SETTINGS, env.environment()), env.environment(), SCOPE, "tab-1");
        delivery.send(DeliveryTest.statement(1));
        env.clock.runDue();
        env.network.answer(403, BREACH);
        env.clock.runDue();

        assertEquals(DeliveryState.AUTH_REFUSED, delivery.status().state(), "a 403 is about the LAP credentials there");
        assertTrue(delivery.status().problem().contains("check lrs.login and lrs.password in the publish settings"),
                delivery.status().problem());
    }

    @Test
    void aRefusedTokenStopsTheSessionKeepsEverythingAndSaysSoInTheLaunchsWords() {
        Delivery delivery = delivery();
        delivery.send(DeliveryTest.statement(1));
        env.clock.runDue();
        env.network.answer(403, "{\"statusCode\":403,\"error\":\"Forbidden\",\"message\":\"Session abandoned\"}");
        env.clock.advance(3_600_000);

        DeliveryStatus status = delivery.status();
        assertEquals(DeliveryState.AUTH_REFUSED, status.state());
        assertEquals(1, status.queued());
        assertEquals("Authentication problem: the LRS refused this session's token (HTTP 403). Statements are kept and"
                + " not sent; the session ended (a newer launch ends it) or its token expired: open the course again from"
                + " the learning platform.", status.problem());
        assertFalse(status.problem().contains("publish settings"));
        assertFalse(status.problem().contains("dG9rZW4="));
    }

    @Test
    void atPageCloseNothingGoesInBeaconsWhichTheLmsWouldRefuseTheStatementsStayForTheReload() {
        Delivery delivery = delivery();
        delivery.send(DeliveryTest.statement(1));
        delivery.pageHidden();

        assertEquals(List.of(), env.beacon.sent);
        assertEquals(1, env.store.keys(Outbox.PREFIX).size());
    }
}
