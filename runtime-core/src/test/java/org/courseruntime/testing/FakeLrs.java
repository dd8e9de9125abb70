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
import org.courseruntime.port.Timer;

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

    private final Timer timer;
    private final long latencyMillis;
    private final Map<String, String> stored = new HashMap<>();
    private final List<String> storedOrder = new ArrayList<>();
    public final List<List<String>> requests = new ArrayList<>();
    private Fault fault = ids -> null;
    private int inFlight;
    private int maxInFlight;
    private int resends;

    public FakeLrs(Timer timer, long latencyMillis) {
        this.timer = timer;
        this.latencyMillis = latencyMillis;
    }

    public void fault(Fault fault) {
        this.fault = fault;
    }

    @Override
    public void send(HttpRequest request, Callback callback) {
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
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        timer.schedule(latencyMillis, () -> {
            inFlight--;
            HttpResponse answer = fault.apply(ids);
            if (answer == NETWORK_ERROR) {
                callback.onNetworkError("connection reset");
                return;
            }
            if (answer == null) {
                for (int i = 0; i < ids.size(); i++) {
                    String json = org.courseruntime.json.JsonWriter.write(batch.get(i));
                    String earlier = stored.putIfAbsent(ids.get(i), json);
                    if (earlier == null) {
                        storedOrder.add(ids.get(i));
                    } else if (earlier.equals(json)) {
                        resends++;
                    } else {
                        throw new AssertionError("Statement " + ids.get(i) + " was sent again with other content");
                    }
                }
                answer = new HttpResponse(200, null, "[]");
            }
            callback.onResponse(answer);
        });
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
