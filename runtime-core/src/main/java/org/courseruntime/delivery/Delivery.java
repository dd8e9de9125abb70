package org.courseruntime.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.encoding.FormEncoding;
import org.courseruntime.lrs.LrsCall;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.lrs.LrsReply;
import org.courseruntime.lrs.LrsSource;
import org.courseruntime.lrs.Retries;
import org.courseruntime.lrs.RuleBreach;
import org.courseruntime.lrs.Verdict;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.statement.Statement;

/**
 * Gets every statement to the LRS exactly as made, in order, whatever the network does.
 *
 * <p>A statement goes into the durable {@link Outbox} before anything is sent. One request is in flight at a time,
 * carrying up to {@value #MAX_BATCH} statements through the {@link LrsClient}, which retries passing failures;
 * what the LRS answered decides what follows ({@link Verdict}): confirmed statements leave the outbox; a refused
 * batch is split in halves until the refused statement is found and set aside, the others delivered; refused
 * credentials or endpoints stop sending and keep everything. Offline, nothing is tried until the browser is back
 * online. Only the tab holding the {@link SendLock} sends, and at page close what is left goes out in beacons
 * (the outbox keeps it until a later load sees it confirmed; the same ids make the resend harmless), unless the
 * LRS's {@link LrsSource} takes no beacons. A statement {@linkplain #sendAlone sent alone} goes in a request of its
 * own, once everything before it is confirmed, and nothing after it goes before it is confirmed: a cmi5 LMS judges
 * a session's order per request.
 */
public final class Delivery {
    static final int MAX_BATCH = 50;
    /** What one beacon may carry: browsers queue at most 64 KiB of beacon data per page. */
    static final int MAX_BEACON_CHARS = 60_000;
    /** How often a tab waiting for another tab's send lock looks again. */
    static final long LOCK_RETRY_MILLIS = 5_000;
    /** How often the sending tab renews its lease while it has statements: a third of it, so one late timer is fine. */
    static final long LEASE_RENEW_MILLIS = SendLock.LEASE_MILLIS / 3;

    private final LrsClient lrs;
    private final Environment env;
    private final Outbox outbox;
    private final SendLock lock;
    private final List<String> confirmed = new ArrayList<>();
    private final List<DeliveryStatus.Listener> listeners = new ArrayList<>();
    private List<PendingStatement> inFlight = new ArrayList<>();
    /** The request carrying {@link #inFlight}, or {@code null}. */
    private LrsCall call;
    private int batchLimit = MAX_BATCH;
    /**
     * Whether the statements waiting met a passing failure and have not been answered for good since: the status
     * says retrying, and the failure's problem goes once they are answered or nothing is left to send.
     */
    private boolean failing;
    /** Whether the batch waits out a backoff before it goes again (it is queued then, and the lease is short). */
    private boolean waiting;
    private boolean online = true;
    private DeliveryState stoppedAs;
    private boolean holdsLock;
    private boolean renewing;
    /** The statements that went out in a beacon from this page: a second hide (pagehide after visibilitychange) skips them. */
    private final Map<String, Boolean> beaconed = new OrderedMap<>();
    private boolean reloadNeeded;
    private long wakeToken;
    private boolean immediateWakePending;
    private String problem;

    /**
     * @param scope the course and learner whose statements these are (the outbox and lock are per scope)
     * @param tabId a random id of this page load
     */
    public Delivery(LrsClient lrs, Environment env, String scope, String tabId) {
        this.lrs = lrs;
        this.env = env;
        this.outbox = new Outbox(env.store(), env.log(), scope, tabId);
        this.lock = new SendLock(env.store(), scope, tabId);
        if (outbox.size() > 0) {
            schedule(0); // statements left by an earlier page load of this course
        }
    }

    /** Keeps {@code statement} in the outbox, then sends it with the others made in this turn of the event loop. */
    public void send(Statement statement) {
        keep(statement, false);
    }

    /**
     * Keeps {@code statement} in the outbox, then sends it in a request of its own once everything before it is
     * confirmed; what comes after it waits until it is confirmed (cmi5's "initialized" and "terminated").
     */
    public void sendAlone(Statement statement) {
        keep(statement, true);
    }

    private void keep(Statement statement, boolean alone) {
        outbox.add(statement, env.clock().nowMillis(), alone);
        schedule(0);
        publish();
    }

    /** The browser went offline or came back online. Back online, waiting statements are tried at once. */
    public void setOnline(boolean isOnline) {
        online = isOnline;
        if (isOnline) {
            if (call != null) {
                call.now();
            }
            schedule(0);
        }
        publish();
    }

    /** Another tab changed the stored statements: read them again before the next request. */
    public void storeChangedElsewhere() {
        reloadNeeded = true;
        schedule(0);
    }

    /**
     * The page is being hidden or closed: everything not yet confirmed goes out in beacons, which outlive the page.
     * It all stays in the outbox until a later page load sees it confirmed. The send lock is given up, so that a
     * reload or another tab does not wait for the lease to run out (this page takes it back if it stays).
     */
    public void pageHidden() {
        if (stoppedAs != null) {
            return;
        }
        lock.release(env.clock().nowMillis());
        holdsLock = false;
        if (!lrs.source().takesBeacons()) {
            return;
        }
        int empty = lrs.beaconForm(array(new ArrayList<>())).length();
        int size = empty;
        List<PendingStatement> beacon = new ArrayList<>();
        for (PendingStatement statement : outbox.all()) {
            if (beaconed.containsKey(statement.id())) {
                continue;
            }
            int cost = FormEncoding.encode(statement.json()).length() + 3; // 3: the encoded comma between items
            if (!beacon.isEmpty() && size + cost > MAX_BEACON_CHARS) {
                if (!sendBeacon(beacon)) {
                    return;
                }
                beacon = new ArrayList<>();
                size = empty;
            }
            beacon.add(statement);
            size += cost;
        }
        if (!beacon.isEmpty()) {
            sendBeacon(beacon);
        }
    }

    /** Sends {@code batch} in a beacon; what the browser took is not sent again by a later hide of this page. */
    private boolean sendBeacon(List<PendingStatement> batch) {
        String form = lrs.beaconForm(array(batch));
        boolean taken = form.length() <= MAX_BEACON_CHARS && lrs.beacon(lrs.endpoint() + "statements?method=POST", form);
        if (taken) {
            for (PendingStatement statement : batch) {
                beaconed.put(statement.id(), Boolean.TRUE);
            }
        }
        return taken;
    }

    /**
     * Sets aside, with {@code reason}, what the outboxes of other scopes starting with {@code family} still hold, and
     * returns their JSON: statements that can no longer be sent (their cmi5 session ended, and its token with it).
     */
    public List<String> takeOrphans(String family, String reason) {
        List<String> taken = outbox.takeOrphans(family, reason);
        if (!taken.isEmpty()) {
            env.log().warn(taken.size() + " statements of an earlier cmi5 session were never confirmed and can no"
                    + " longer be sent: " + reason);
            publish();
        }
        return taken;
    }

    /**
     * Runs {@code then} once, when the outbox is empty: every statement confirmed or set aside (a session keeps its
     * token until then, so that a reload still sends what is left).
     */
    public void whenAllSent(Runnable then) {
        boolean[] done = {false};
        addListener(status -> {
            if (!done[0] && status.queued() == 0 && status.sending() == 0) {
                done[0] = true;
                then.run();
            }
        });
    }

    public void addListener(DeliveryStatus.Listener listener) {
        listeners.add(listener);
    }

    public DeliveryStatus status() {
        DeliveryState state = stoppedAs != null ? stoppedAs
                : !online ? DeliveryState.OFFLINE
                : failing ? DeliveryState.RETRYING
                : outbox.size() > 0 ? DeliveryState.SENDING
                : outbox.refusedSinceLoad() > 0 ? DeliveryState.REJECTED
                : DeliveryState.SAVED;
        int sending = waiting ? 0 : inFlight.size(); // a batch waiting to go again is queued, not sending
        return new DeliveryStatus(state, outbox.size() - sending, sending, confirmed.size(),
                outbox.setAsideCount(), outbox.isDurable(), problem);
    }

    /** The JSON texts of the statements the LRS confirmed since the page loaded, oldest first. */
    public List<String> confirmedStatements() {
        return new ArrayList<>(confirmed);
    }

    /** The statements the LRS refused for good, with its reasons. */
    public List<SetAsideStatement> setAsideStatements() {
        return outbox.setAside();
    }

    /**
     * Runs {@link #flush()} after {@code delayMillis}; a later call replaces an earlier one still waiting, except that
     * a burst of statements made in one turn shares one immediate wake instead of setting a timer each.
     */
    private void schedule(long delayMillis) {
        boolean immediate = delayMillis == 0;
        if (immediate && immediateWakePending) {
            return;
        }
        immediateWakePending = immediate;
        long token = ++wakeToken;
        env.timer().schedule(delayMillis, () -> {
            if (token == wakeToken) {
                immediateWakePending = false;
                flush();
            }
        });
    }

    private void flush() {
        if (!inFlight.isEmpty() || stoppedAs != null || !online) {
            return;
        }
        long now = env.clock().nowMillis();
        if (!lock.acquire(now, SendLock.IN_FLIGHT_LEASE_MILLIS)) {
            holdsLock = false;
            schedule(LOCK_RETRY_MILLIS);
            return;
        }
        if (!holdsLock || reloadNeeded) {
            outbox.reload();
            holdsLock = true;
            reloadNeeded = false;
        }
        renewLease();
        if (outbox.size() == 0) {
            passingFailureOver(); // another tab delivered them
            lock.release(now);
            holdsLock = false;
            publish();
            return;
        }
        inFlight = outbox.nextBatch(batchLimit);
        publish();
        LrsCall sent = lrs.send("POST", lrs.endpoint() + "statements", array(inFlight), Retries.UNTIL_ANSWERED, new LrsReply() {
            @Override
            public void answered(HttpResponse response, int verdict) {
                Delivery.this.answered(response, verdict);
            }

            @Override
            public void unanswered(String reason) {
                ended();
                schedule(0); // withdrawn: offline, or the send lock was lost; sent again once it can be
                publish();
            }

            @Override
            public void retrying(HttpResponse response, String problem, long delayMillis) {
                retryLater(problem, delayMillis);
            }

            @Override
            public boolean stillWanted() {
                waiting = !(online && holdsLock && lock.acquire(env.clock().nowMillis(), SendLock.IN_FLIGHT_LEASE_MILLIS));
                if (!waiting && reloadNeeded) {
                    outbox.reload();
                    reloadNeeded = false;
                }
                return !waiting && outbox.size() > 0;
            }

            /** What waits now, up to the batch's limit: the statements made during the backoff go along. */
            @Override
            public String body(String sent) {
                inFlight = outbox.nextBatch(batchLimit);
                publish();
                return array(inFlight);
            }
        });
        call = sent.isOver() ? null : sent;
    }

    /** The request in flight is over. */
    private void ended() {
        inFlight = new ArrayList<>();
        call = null;
        waiting = false;
    }

    /** The LRS's final answer to the batch in flight (a passing failure never is one: it is retried until answered). */
    private void answered(HttpResponse response, int verdict) {
        List<PendingStatement> batch = inFlight;
        ended();
        passingFailureOver();
        int status = response.status();
        if (verdict == Verdict.CONFIRMED) {
            outbox.confirm(batch);
            for (PendingStatement statement : batch) {
                confirmed.add(statement.json());
            }
            schedule(0);
        } else if (verdict == Verdict.REJECTED) {
            rejected(batch, status, response);
        } else if (verdict == Verdict.AUTH_REFUSED) {
            LrsSource source = lrs.source();
            RuleBreach breach = source.namesRules() ? RuleBreach.of(response) : null;
            String refused = breach == null
                    ? "Authentication problem: the LRS refused " + source.credentials() + " (HTTP " + status
                    : "The learning platform refused this session's statements (HTTP " + status + ", " + breach;
            stop(DeliveryState.AUTH_REFUSED, refused + "). Statements are kept and not sent; "
                    + source.credentialsFix() + ".");
        } else {
            stop(DeliveryState.ENDPOINT_REFUSED, "The LRS endpoint " + lrs.endpoint() + " answered HTTP "
                    + status + " to statements. Statements are kept and not sent; " + lrs.source().endpointFix()
                    + ".");
        }
        publish();
    }

    /** A batch refused for its content: halve it until the statement at fault is alone, then set that one aside. */
    private void rejected(List<PendingStatement> batch, int status, HttpResponse response) {
        if (batch.size() > 1) {
            batchLimit = (batch.size() + 1) / 2;
        } else {
            PendingStatement statement = batch.get(0);
            String reason = "HTTP " + status + RuleBreach.said(response);
            outbox.setAside(statement, reason);
            problem = "The LRS refused statement " + statement.id() + " (" + reason + "). It is set aside; the others"
                    + " are sent.";
            env.log().error(problem);
            batchLimit = MAX_BATCH;
        }
        schedule(0);
    }

    /**
     * Keeps the send lock's lease fresh while this tab holds it and has statements waiting (in backoff, or between
     * requests), so that it can be short: a tab that crashed stops renewing, and another takes over within
     * {@link SendLock#LEASE_MILLIS}. While a request is in flight the lease is the longer
     * {@link SendLock#IN_FLIGHT_LEASE_MILLIS}, which a renewal keeps.
     */
    private void renewLease() {
        if (renewing) {
            return;
        }
        renewing = true;
        env.timer().schedule(LEASE_RENEW_MILLIS, () -> {
            renewing = false;
            if (holdsLock && outbox.size() > 0) {
                holdsLock = lock.acquire(env.clock().nowMillis(),
                        inFlight.isEmpty() || waiting ? SendLock.LEASE_MILLIS : SendLock.IN_FLIGHT_LEASE_MILLIS);
                if (holdsLock) {
                    renewLease();
                }
            }
        });
    }

    private void stop(DeliveryState state, String message) {
        stoppedAs = state;
        problem = message;
        env.log().error(message);
        lock.release(env.clock().nowMillis());
        holdsLock = false;
    }

    /** A passing failure: the batch goes again in {@code delayMillis}, the lock's lease short until then. */
    private void retryLater(String reason, long delayMillis) {
        if (holdsLock) {
            lock.acquire(env.clock().nowMillis(), SendLock.LEASE_MILLIS); // no request in flight: the short lease again
        }
        failing = true;
        waiting = true;
        problem = reason + "; statements are kept and retried in " + (int) ((delayMillis + 999) / 1000) + " s.";
        env.log().warn(problem);
        publish();
    }

    /** The LRS answered for good, or nothing is left to send: a passing failure's problem is over. */
    private void passingFailureOver() {
        if (failing) {
            failing = false;
            problem = null;
        }
    }

    /** The statements of {@code batch} as one JSON array, the body of a POST to the statements resource. */
    private static String array(List<PendingStatement> batch) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < batch.size(); i++) {
            body.append(i == 0 ? "" : ",").append(batch.get(i).json());
        }
        return body.append(']').toString();
    }

    private void publish() {
        DeliveryStatus status = status();
        for (DeliveryStatus.Listener listener : listeners) {
            listener.onStatus(status);
        }
    }
}
