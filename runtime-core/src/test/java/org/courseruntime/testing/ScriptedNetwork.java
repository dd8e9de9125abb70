package org.courseruntime.testing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;

/**
 * An HTTP client whose statement requests wait until the test answers them, in order, with a status or a network
 * error. State API requests (the learner's saved attempt) are answered at once as by an LRS that has none saved
 * yet (GET 404, PUT 204) and listed apart, in {@link #stateRequests()}, so that tests of statements see statements.
 */
public final class ScriptedNetwork implements HttpClient {
    private record Pending(HttpRequest request, Callback callback) {
    }

    private final Deque<Pending> pending = new ArrayDeque<>();
    private final List<HttpRequest> sent = new ArrayList<>();
    private final List<HttpRequest> stateRequests = new ArrayList<>();

    @Override
    public void send(HttpRequest request, Callback callback) {
        if (request.url().contains("/activities/state?")) {
            stateRequests.add(request);
            callback.onResponse(new HttpResponse(request.method().equals("GET") ? 404 : 204, null, ""));
            return;
        }
        sent.add(request);
        pending.addLast(new Pending(request, callback));
    }

    /** Every request sent so far, in order. */
    public List<HttpRequest> sent() {
        return sent;
    }

    /** Every State API request, in order (answered at once). */
    public List<HttpRequest> stateRequests() {
        return stateRequests;
    }

    public int waiting() {
        return pending.size();
    }

    /** Answers the oldest waiting request with {@code status} and {@code body}; returns that request. */
    public HttpRequest answer(int status, String body) {
        return answer(new HttpResponse(status, null, body));
    }

    public HttpRequest answer(HttpResponse response) {
        Pending next = next();
        next.callback().onResponse(response);
        return next.request();
    }

    /** Fails the oldest waiting request as the network would. */
    public HttpRequest fail(String reason) {
        Pending next = next();
        next.callback().onNetworkError(reason);
        return next.request();
    }

    private Pending next() {
        if (pending.isEmpty()) {
            throw new AssertionError("No request is waiting for an answer");
        }
        return pending.removeFirst();
    }
}
