package org.courseruntime.delivery;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.port.Log;
import org.courseruntime.port.Timer;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.statement.Statement;

/**
 * Sends statements to the LRS in order, one request at a time: statements made in the same turn of the event loop
 * go out together as one batch, a failed batch is retried with backoff, and the state is reported to listeners.
 */
public final class Delivery {
    static final int MAX_BATCH = 50;
    private static final int MAX_LRS_MESSAGE = 300;

    private final PublishSettings settings;
    private final HttpClient http;
    private final Timer timer;
    private final Log log;
    private final Deque<Statement> queue = new ArrayDeque<>();
    private final List<Statement> inFlight = new ArrayList<>();
    private final List<Statement> confirmed = new ArrayList<>();
    private final List<Statement> setAside = new ArrayList<>();
    private final List<DeliveryStatus.Listener> listeners = new ArrayList<>();
    private boolean flushScheduled;
    private int failures;
    private DeliveryState state = DeliveryState.SAVED;
    private String problem;

    public Delivery(PublishSettings settings, HttpClient http, Timer timer, Log log) {
        this.settings = settings;
        this.http = http;
        this.timer = timer;
        this.log = log;
    }

    /** Queues {@code statement}; it leaves with the others made in this turn of the event loop. */
    public void send(Statement statement) {
        queue.addLast(statement);
        if (state == DeliveryState.SAVED) {
            state = DeliveryState.SENDING;
        }
        scheduleFlush(0);
        publish();
    }

    public void addListener(DeliveryStatus.Listener listener) {
        listeners.add(listener);
    }

    public DeliveryStatus status() {
        return new DeliveryStatus(state, queue.size(), inFlight.size(), confirmed.size(), setAside.size(), problem);
    }

    /** The statements the LRS has confirmed since the page loaded, in the order they were made. */
    public List<Statement> confirmedStatements() {
        return List.copyOf(confirmed);
    }

    private void scheduleFlush(long delayMillis) {
        if (flushScheduled || !inFlight.isEmpty() || state == DeliveryState.AUTH_REFUSED) {
            return;
        }
        flushScheduled = true;
        timer.schedule(delayMillis, this::flush);
    }

    private void flush() {
        flushScheduled = false;
        if (!inFlight.isEmpty() || queue.isEmpty() || state == DeliveryState.AUTH_REFUSED) {
            return;
        }
        while (!queue.isEmpty() && inFlight.size() < MAX_BATCH) {
            inFlight.add(queue.removeFirst());
        }
        publish();
        http.send(StatementsRequest.post(settings, inFlight), new HttpClient.Callback() {
            @Override
            public void onResponse(HttpResponse response) {
                answered(response);
            }

            @Override
            public void onNetworkError(String reason) {
                retryLater("Cannot reach the LRS at " + settings.endpoint() + " (" + reason + ")");
            }
        });
    }

    private void answered(HttpResponse response) {
        int status = response.status();
        switch (Answer.of(status)) {
            case CONFIRMED -> {
                confirmed.addAll(inFlight);
                inFlight.clear();
                failures = 0;
                problem = null;
                state = queue.isEmpty() ? DeliveryState.SAVED : DeliveryState.SENDING;
                scheduleFlush(0);
            }
            case RETRY -> retryLater("The LRS answered HTTP " + status + lrsMessage(response));
            case AUTH_REFUSED -> {
                putBackInFlight();
                state = DeliveryState.AUTH_REFUSED;
                problem = "Authentication problem: the LRS refused the course's LAP login and password (HTTP " + status
                        + "). Statements are kept and not sent; check lrs.login and lrs.password in the publish settings.";
                log.error(problem);
            }
            case REJECTED -> {
                int count = inFlight.size();
                setAside.addAll(inFlight);
                inFlight.clear();
                state = DeliveryState.REJECTED;
                problem = "The LRS rejected " + count + " statement(s) (HTTP " + status + ")" + lrsMessage(response);
                log.error(problem);
                scheduleFlush(0);
            }
        }
        publish();
    }

    private void retryLater(String reason) {
        putBackInFlight();
        failures++;
        long delay = RetryPolicy.delayMillis(failures);
        state = DeliveryState.RETRYING;
        problem = reason + "; statements are kept and retried in " + (delay / 1000) + " s.";
        log.warn(problem);
        scheduleFlush(delay);
        publish();
    }

    private void putBackInFlight() {
        for (int i = inFlight.size() - 1; i >= 0; i--) {
            queue.addFirst(inFlight.get(i));
        }
        inFlight.clear();
    }

    private static String lrsMessage(HttpResponse response) {
        String body = response.body();
        String trimmed = body == null ? "" : body.trim();
        if (trimmed.isEmpty()) {
            return "";
        }
        return ": " + (trimmed.length() > MAX_LRS_MESSAGE ? trimmed.substring(0, MAX_LRS_MESSAGE) + "..." : trimmed);
    }

    private void publish() {
        DeliveryStatus status = status();
        for (DeliveryStatus.Listener listener : listeners) {
            listener.onStatus(status);
        }
    }
}
