package org.courseruntime.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;

/**
 * An LRS behind a network, answering after a latency on the test clock. It stores statements by id as a real LRS
 * does (a resend with the same content is accepted and kept once), and a fault function may answer instead.
 */
public final class FakeLrs implements HttpClient {
    /** A fault: given the batch's statement ids, an answer to give instead of storing, or {@code null}. */
    public interface Fault extends Function<List<String>, HttpResponse> {
    }

    /** The answer meaning "the network failed" rather than an HTTP status. */
    public static final HttpResponse NETWORK_ERROR = new HttpResponse(-1, null, null);
    /** The LRS stores the batch, but its answer is lost on the way back: the client sees a network failure. */
    public static final HttpResponse ANSWER_LOST = new HttpResponse(-2, null, null);

    private final ManualClock timer;
    private final long latencyMillis;
    private final Map<String, String> stored = new HashMap<>();
    private final List<String> storedOrder = new ArrayList<>();
    public final List<List<String>> requests = new ArrayList<>();
    /** When each request arrived, on the test clock. */
    public final List<Long> requestTimes = new ArrayList<>();
    private Fault fault = ids -> null;
    private final List<HttpRequest> stateRequests = new ArrayList<>();
    private final Map<String, String> stateDocuments = new HashMap<>();
    /** Whether this LRS has the State API (off: 405). */
    public boolean stateApi = true;
    private int inFlight;
    private int maxInFlight;
    private int resends;

    private final ManualClock clock;

    public FakeLrs(ManualClock clock, long latencyMillis) {
        this.timer = clock;
        this.clock = clock;
        this.latencyMillis = latencyMillis;
    }

    public void fault(Fault fault) {
        this.fault = fault;
    }

    @Override
    public void send(HttpRequest request, Callback callback) {
        if (request.url().contains("/activities/state?")) {
            stateRequests.add(request);
            timer.schedule(latencyMillis, () -> answerState(request, callback));
            return;
        }
        List<?> batch;
        try {
            batch = (List<?>) JsonReader.parse(request.body());
        } catch (JsonSyntaxException e) {
            throw new AssertionError(e);
        }
        List<String> ids = new ArrayList<>();
        for (Object statement : batch) {
            ids.add((String) ((Map<?, ?>) statement).get("id"));
        }
        requests.add(ids);
        requestTimes.add(clock.nowMillis());
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        timer.schedule(latencyMillis, () -> {
            inFlight--;
            HttpResponse answer = fault.apply(ids);
            if (answer == ANSWER_LOST) {
                store(batch);
                callback.onNetworkError("connection reset after the request was sent");
                return;
            }
            if (answer == NETWORK_ERROR) {
                callback.onNetworkError("connection reset");
                return;
            }
            if (answer == null) {
                store(batch);
                answer = new HttpResponse(200, null, "[]");
            }
            callback.onResponse(answer);
        });
    }

    /**
     * The State API: documents kept by their parameters; {@link #stateApi} off answers as an LRS without it (405),
     * and the {@link #NETWORK_ERROR} fault applies to it as to statements.
     */
    private void answerState(HttpRequest request, Callback callback) {
        if (fault.apply(List.of()) == NETWORK_ERROR) {
            callback.onNetworkError("connection reset");
            return;
        }
        if (!stateApi) {
            callback.onResponse(new HttpResponse(405, null, ""));
            return;
        }
        String key = request.url().substring(request.url().indexOf('?') + 1);
        if (request.method().equals("PUT")) {
            stateDocuments.put(key, request.body());
            callback.onResponse(new HttpResponse(204, null, ""));
        } else {
            String document = stateDocuments.get(key);
            callback.onResponse(document == null ? new HttpResponse(404, null, "") : new HttpResponse(200, null, document));
        }
    }

    /** Every State API request, in order. */
    public List<HttpRequest> stateRequests() {
        return stateRequests;
    }

    /** The State API documents stored, by their query string. */
    public Map<String, String> stateDocuments() {
        return stateDocuments;
    }

    /** Stores a batch (parsed statements), keeping each id once. */
    public void store(List<?> batch) {
        for (Object statement : batch) {
            String id = (String) ((Map<?, ?>) statement).get("id");
            String json = org.courseruntime.json.JsonWriter.write(statement);
            String earlier = stored.putIfAbsent(id, json);
            if (earlier == null) {
                storedOrder.add(id);
            } else if (earlier.equals(json)) {
                resends++;
            } else {
                throw new AssertionError("Statement " + id + " was sent again with other content");
            }
        }
    }

    /** The statements stored, parsed, in the order the LRS first stored them. */
    public List<Map<?, ?>> statements() {
        List<Map<?, ?>> statements = new ArrayList<>();
        for (String id : storedOrder) {
            try {
                statements.add((Map<?, ?>) JsonReader.parse(stored.get(id)));
            } catch (JsonSyntaxException e) {
                throw new AssertionError(e);
            }
        }
        return statements;
    }

    /** The ids stored, in the order the LRS first stored them. */
    public List<String> storedIds() {
        return List.copyOf(storedOrder);
    }

    /** How many statements arrived again after they were stored (harmless: same id, same content). */
    public int resends() {
        return resends;
    }

    /** The most requests this LRS had in flight from this client at once. */
    public int maxInFlight() {
        return maxInFlight;
    }
}
