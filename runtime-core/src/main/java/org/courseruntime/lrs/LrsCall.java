package org.courseruntime.lrs;

import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;

/**
 * One request on its way through {@link LrsClient}: sent, its answer judged ({@link Verdict}), and after a passing
 * failure sent again after {@link RetryPolicy}'s delay while its {@link Retries} allow; a retry carries what the sender
 * has by then ({@link LrsReply#body}).
 */
public final class LrsCall implements HttpClient.Callback {
    private final LrsClient client;
    private HttpRequest request;
    private final LrsReply reply;
    private Retries retries;
    private int tries;
    private int wake;
    private boolean waiting;
    private boolean over;

    LrsCall(LrsClient client, HttpRequest request, Retries retries, LrsReply reply) {
        this.client = client;
        this.request = request;
        this.retries = retries;
        this.reply = reply;
    }

    void send() {
        tries++;
        client.wire(request, this);
    }

    /** Whether the sender was told the request's end (which a network that answers at once tells before send returns). */
    public boolean isOver() {
        return over;
    }

    /**
     * A retry that is waiting goes now (the browser is back online), and for a request sent until answered the backoff
     * starts again from its first delay.
     */
    public void now() {
        if (retries.tries == 0) {
            tries = 0;
        }
        if (waiting) {
            wake++;
            again();
        }
    }

    /** The next answer, or the lack of one, is final, and a retry that is waiting goes now (the session ends). */
    public void lastTry() {
        retries = Retries.ONCE;
        tries = waiting ? 0 : 1; // waiting: the retry is the last try; in flight: its answer is
        now();
    }

    @Override
    public void onResponse(HttpResponse response) {
        int verdict = Verdict.of(response, client.source());
        if (verdict == Verdict.RETRY && retries.afterAnswer && mayRetry()) {
            later(response, "The LRS answered HTTP " + response.status() + RuleBreach.said(response),
                    retries.tries == 0 ? RetryAfter.millis(response.retryAfter(), client.nowMillis()) : -1);
        } else {
            over = true;
            reply.answered(response, verdict);
        }
    }

    @Override
    public void onNetworkError(String reason) {
        if (mayRetry()) {
            later(null, "Cannot reach the LRS at " + client.endpoint() + " (" + reason + ")", -1);
        } else {
            over = true;
            reply.unanswered(reason);
        }
    }

    private boolean mayRetry() {
        return retries.tries == 0 || tries < retries.tries;
    }

    private void later(HttpResponse response, String problem, long retryAfterMillis) {
        long delay = client.retryDelay(tries, retryAfterMillis);
        reply.retrying(response, problem, delay);
        waiting = true;
        int token = ++wake;
        client.schedule(delay, () -> {
            if (token == wake) {
                again();
            }
        });
    }

    private void again() {
        waiting = false;
        if (reply.stillWanted()) {
            request = new HttpRequest(request.method(), request.url(), request.headers(), reply.body(request.body()));
            send();
        } else {
            over = true;
            reply.unanswered("withdrawn");
        }
    }
}
