package org.courseruntime.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.publish.PublishSettingsReader;
import org.courseruntime.statement.Activity;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Statement;
import org.courseruntime.statement.Verb;
import org.courseruntime.testing.Fixtures;
import org.courseruntime.testing.TestEnvironment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeliveryTest {
    private final TestEnvironment env = new TestEnvironment();
    private final List<DeliveryStatus> statuses = new ArrayList<>();
    private Delivery delivery;

    @BeforeEach
    void setUp() throws Exception {
        delivery = new Delivery(PublishSettingsReader.read(Fixtures.allStatements("https://lrs.example.com/xapi/")),
                env.network, env.clock, env.log);
        delivery.addListener(statuses::add);
    }

    private static Statement statement(int n) {
        return new Statement("00000000-0000-4000-8000-00000000000" + n, "2026-11-28T14:31:37.123Z",
                Agent.withEmail("Ada", "ada@example.com"), new Verb("http://adlnet.gov/expapi/verbs/experienced", "experienced"),
                new Activity("https://courses.example.com/c/page-" + n, null, null), null, null);
    }

    private static List<?> ids(HttpRequest request) throws Exception {
        return ((List<?>) JsonReader.parse(request.body())).stream().map(s -> ((Map<?, ?>) s).get("id")).toList();
    }

    @Test
    void statementsMadeInOneTurnGoOutAsOneBatchWithTheXapiHeaders() throws Exception {
        delivery.send(statement(1));
        delivery.send(statement(2));
        delivery.send(statement(3));
        assertEquals(0, env.network.sent().size(), "nothing leaves before the turn ends");

        env.clock.runDue();

        assertEquals(1, env.network.sent().size());
        HttpRequest request = env.network.sent().get(0);
        assertEquals("POST", request.method());
        assertEquals("https://lrs.example.com/xapi/statements", request.url());
        assertEquals("1.0.3", request.headers().get("X-Experience-API-Version"));
        assertEquals("application/json", request.headers().get("Content-Type"));
        assertEquals("Basic ZGVtby1sYXA6U3VwM3ItczNjcmV0IQ==", request.headers().get("Authorization"));
        assertEquals(List.of(statement(1).id(), statement(2).id(), statement(3).id()), ids(request));
    }

    @Test
    void aConfirmedBatchIsSavedAndTheNextOneFollows() throws Exception {
        delivery.send(statement(1));
        env.clock.runDue();
        delivery.send(statement(2));
        env.clock.runDue();
        assertEquals(1, env.network.waiting(), "one request at a time keeps the order");

        env.network.answer(200, "[\"" + statement(1).id() + "\"]");
        env.clock.runDue();
        env.network.answer(200, "[]");

        DeliveryStatus status = delivery.status();
        assertEquals(DeliveryState.SAVED, status.state());
        assertEquals(2, status.confirmed());
        assertEquals(List.of(statement(1), statement(2)), delivery.confirmedStatements());
        assertEquals(List.of(statement(2).id()), ids(env.network.sent().get(1)));
    }

    @Test
    void aRefusedPasswordIsAnAuthenticationProblemThatKeepsTheStatementsAndNamesNoCredentials() {
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
    }

    @Test
    void serverErrorsAndNetworkFailuresAreRetriedWithDoublingDelays() throws Exception {
        delivery.send(statement(1));
        env.clock.runDue();

        env.network.answer(503, "");
        assertEquals(DeliveryState.RETRYING, delivery.status().state());
        assertEquals(1_000, env.clock.nextDelay());
        env.clock.advance(1_000);
        env.network.fail("timed out");
        assertEquals(2_000, env.clock.nextDelay());
        assertEquals("Cannot reach the LRS at https://lrs.example.com/xapi/ (timed out); statements are kept and retried in 2 s.",
                delivery.status().problem());
        env.clock.advance(2_000);
        env.network.answer(200, "[]");

        assertEquals(3, env.network.sent().size());
        assertEquals(List.of(statement(1).id()), ids(env.network.sent().get(2)));
        assertEquals(DeliveryState.SAVED, delivery.status().state());
        assertNull(delivery.status().problem());
    }

    @Test
    void retryDelaysAreCappedAtAMinute() {
        assertEquals(1_000, RetryPolicy.delayMillis(1));
        assertEquals(32_000, RetryPolicy.delayMillis(6));
        assertEquals(60_000, RetryPolicy.delayMillis(7));
        assertEquals(60_000, RetryPolicy.delayMillis(1_000));
    }

    @Test
    void aRejectedBatchIsSetAsideWithTheLrsMessageAndDoesNotBlockTheQueue() {
        delivery.send(statement(1));
        env.clock.runDue();
        delivery.send(statement(2));

        env.network.answer(400, "{\"warnings\":[\"Problem in 'statements.0.actor.mbox'\"]}");
        env.clock.runDue();
        env.network.answer(200, "[]");

        DeliveryStatus status = delivery.status();
        assertEquals(1, status.setAside());
        assertEquals(1, status.confirmed());
        assertEquals("The LRS rejected 1 statement(s) (HTTP 400): {\"warnings\":[\"Problem in 'statements.0.actor.mbox'\"]}",
                env.log.errors.get(0));
    }

    @Test
    void listenersSeeEveryChange() {
        delivery.send(statement(1));
        env.clock.runDue();
        env.network.answer(200, "[]");

        assertEquals(List.of(DeliveryState.SENDING, DeliveryState.SENDING, DeliveryState.SAVED),
                statuses.stream().map(DeliveryStatus::state).toList());
        assertEquals(List.of(1, 0, 0), statuses.stream().map(DeliveryStatus::queued).toList());
        assertEquals(List.of(0, 1, 0), statuses.stream().map(DeliveryStatus::sending).toList());
    }
}
