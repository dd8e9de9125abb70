package org.courseruntime.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.testing.Fixtures;
import org.courseruntime.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/** The State API document's copy in the LRS, as the LRS receives it. */
class StateSyncTest {
    private final TestEnvironment env = new TestEnvironment();
    private final List<HttpRequest> sent = new ArrayList<>();
    private final List<HttpClient.Callback> unanswered = new ArrayList<>();
    private final Environment browser = env.environment((request, callback) -> {
        sent.add(request);
        unanswered.add(callback);
    });
    private final StateSync sync = new StateSync(Fixtures.lrs(DeliveryTest.SETTINGS, browser), browser,
            "activityId=a&stateId=s", "attempt");

    private void answer(int status) {
        unanswered.remove(0).onResponse(new HttpResponse(status, null, ""));
    }

    private String lastBody() {
        return sent.get(sent.size() - 1).body();
    }

    /** The LRS has no copy yet; the browser's first copy goes out and meets a passing failure. */
    private void aPutWaitsToGoAgain() {
        env.store.put("attempt", "{\"copy\":1}");
        sync.load(text -> { }, text -> true);
        answer(404);
        sync.changed();
        env.clock.advance(StateSync.PAUSE_MILLIS);
        answer(503);
    }

    @Test
    void aRetryCarriesTheNewestCopyNotTheOneThatFailed() {
        aPutWaitsToGoAgain();
        env.store.put("attempt", "{\"copy\":2}");
        sync.changed();

        env.clock.advance(60_000);

        assertEquals("{\"copy\":2}", lastBody());
    }

    @Test
    void theLastPutOfACmi5SessionCarriesTheNewestCopyOnce() {
        aPutWaitsToGoAgain();
        env.store.put("attempt", "{\"copy\":2}");
        sync.changed();
        boolean[] ended = {false};

        sync.end(() -> ended[0] = true);
        answer(204);

        assertEquals("{\"copy\":2}", lastBody());
        assertEquals(3, sent.size(), "the read, the failed PUT and one last PUT");
        assertEquals(true, ended[0]);
    }

    private String bodies() {
        return sent.stream().map(r -> r.method() + " " + r.body()).toList().toString();
    }

    @Test
    void aRetryThatCarriedTheNewestCopyIsTheLastPut() {
        aPutWaitsToGoAgain();
        env.store.put("attempt", "{\"copy\":2}");
        sync.changed();
        env.clock.advance(1_000); // the retry goes with copy 2 (delay 0.5-1 s)
        assertEquals("{\"copy\":2}", sent.get(sent.size() - 1).body());
        answer(204);
        env.clock.advance(60_000);

        assertEquals(3, sent.size(), bodies());
        assertNull(env.store.get("attempt.unsent"));
    }

    @Test
    void theEndWhileARetryCarryingAnOlderCopyIsInFlightSendsTheNewestOnce() {
        aPutWaitsToGoAgain();
        env.store.put("attempt", "{\"copy\":2}");
        env.clock.advance(1_000); // the retry goes with copy 2
        env.store.put("attempt", "{\"copy\":3}");
        sync.changed();
        boolean[] ended = {false};
        sync.end(() -> ended[0] = true);
        answer(204);
        assertEquals("{\"copy\":3}", sent.get(sent.size() - 1).body());
        answer(204);

        assertEquals(4, sent.size(), bodies());
        assertEquals(true, ended[0]);
        assertNull(env.store.get("attempt.unsent"));
    }
}
