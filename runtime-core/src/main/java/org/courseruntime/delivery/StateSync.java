package org.courseruntime.delivery;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.courseruntime.lrs.LrsCall;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.lrs.LrsReply;
import org.courseruntime.lrs.Retries;
import org.courseruntime.lrs.RuleBreach;
import org.courseruntime.lrs.Verdict;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpResponse;

/**
 * Keeps one xAPI State API document in step with its copy in the browser (the learner's attempt, so that it resumes
 * on another device). The browser's copy is the durable one: a change is marked unsent there, then PUT to the LRS
 * after {@value #PAUSE_MILLIS} ms without further changes; passing failures are retried as statements are
 * ({@link LrsClient}), what is unsent at page close goes in a beacon (where the LRS takes them) and is PUT again by
 * the next page load. An LRS that refuses the document (4xx or 3xx: no State API, or not for these credentials)
 * leaves it in the browser only, with one warning.
 */
public final class StateSync {
    static final long PAUSE_MILLIS = 2_000;
    /** How long a launch waits for the LRS's copy before it goes on with the browser's. */
    static final long LOAD_WAIT_MILLIS = 3_000;
    /** How many failed reads of the LRS's copy (no answer, 5xx) before the attempt stays in the browser only. */
    static final int MAX_READS = 6;

    private final LrsClient lrs;
    private final Environment env;
    private final String parameters;
    private final String localKey;
    private final String unsentKey;
    private boolean scheduled;
    /** The PUT in flight or waiting to go again, or {@code null}. */
    private LrsCall sending;
    /** The document that PUT carries. */
    private String sentDocument;
    private boolean refused;
    private boolean known;
    private Consumer<String> whenLoaded;
    /** Runs once the session's last change is answered ({@link #end}); {@code null} before. */
    private Runnable whenEnded;
    private boolean ended;
    /** The document last sent in a beacon, or {@code null}. */
    private String beaconed;

    /**
     * @param parameters the document's State API parameters as a form ({@code activityId}, {@code agent},
     *                   {@code stateId} and optionally {@code registration})
     * @param localKey   where the browser keeps the document
     */
    public StateSync(LrsClient lrs, Environment env, String parameters, String localKey) {
        this.lrs = lrs;
        this.env = env;
        this.parameters = parameters;
        this.localKey = localKey;
        this.unsentKey = localKey + ".unsent";
    }

    /**
     * Reads the LRS's copy and calls {@code done} once with its text, or with {@code null} when there is none, the
     * LRS refuses or cannot be reached, or it does not answer within {@value #LOAD_WAIT_MILLIS} ms. Nothing is
     * written to the LRS before its copy was read: after a late answer (or, once the LRS can be reached) the
     * browser's copy goes to the LRS only if {@code mayReplace} allows it over the LRS's, so that an older copy
     * never overwrites a newer one. After {@value #MAX_READS} failed reads the attempt stays in the browser only.
     */
    public void load(Consumer<String> done, Predicate<String> mayReplace) {
        whenLoaded = done;
        env.timer().schedule(LOAD_WAIT_MILLIS, () -> loaded(null));
        read(mayReplace);
    }

    /** Ends the launch's wait, once, with {@code text} as the LRS's copy. */
    private void loaded(String text) {
        Consumer<String> done = whenLoaded;
        whenLoaded = null;
        if (done != null) {
            done.accept(text);
        }
    }

    private void read(Predicate<String> mayReplace) {
        lrs.send("GET", url(), null, Retries.upTo(MAX_READS), new LrsReply() {
            @Override
            public void answered(HttpResponse response, int verdict) {
                if (verdict == Verdict.RETRY) {
                    unanswered("HTTP " + response.status());
                    return;
                }
                String text = response.status() == 200 ? response.body() : null;
                if (whenLoaded == null && !mayReplace.test(text)) {
                    refuse("the LRS holds a newer copy, from another device");
                    return;
                }
                known = true;
                loaded(text);
                if (env.store().get(unsentKey) != null) {
                    schedule(0); // left unsent by an earlier page load, or changed while the LRS's copy was unknown
                }
            }

            @Override
            public void unanswered(String reason) {
                loaded(null);
                refuse("its State API could not be read " + MAX_READS + " times");
            }

            @Override
            public void retrying(HttpResponse response, String problem, long delayMillis) {
                if (response == null) {
                    loaded(null); // no answer is coming soon: the launch goes on with the browser's copy
                }
            }
        });
    }

    /** The browser's copy changed: it goes to the LRS after a pause. */
    public void changed() {
        if (env.store().get(unsentKey) == null) { // another tab's confirmed PUT may have cleared it
            env.store().put(unsentKey, "1"); // one write per run of changes, not one per change
        }
        schedule(PAUSE_MILLIS);
    }

    /**
     * The session ends, and its LMS takes no request after it (cmi5's "terminated" follows): an unsent change is PUT
     * now, and {@code then} runs once that is answered, or at once when nothing is to send. Nothing is sent after it;
     * a change that did not get through stays marked unsent in the browser for the next session.
     */
    public void end(Runnable then) {
        whenEnded = then;
        if (ended || refused || !known || env.store().get(unsentKey) == null) {
            ended();
        } else if (sending == null) {
            put();
        } else {
            sending.lastTry();
        }
    }

    private void ended() {
        ended = true;
        Runnable then = whenEnded;
        whenEnded = null;
        if (then != null) {
            then.run();
        }
    }

    /**
     * The page is being hidden or closed: an unsent change goes in a beacon (and stays marked until confirmed), where
     * the LRS takes beacons.
     */
    public void pageHidden() {
        String document = env.store().get(localKey);
        if (refused || ended || !known || document == null || env.store().get(unsentKey) == null
                || document.equals(beaconed)) {
            return;
        }
        if (lrs.beacon(lrs.endpoint() + "activities/state?method=PUT", lrs.beaconForm(document) + "&" + parameters)) {
            beaconed = document; // a second hide of the page (pagehide after visibilitychange) sends it once
        }
    }

    private void schedule(long delayMillis) {
        if (!scheduled && !refused && !ended && known) {
            scheduled = true;
            env.timer().schedule(delayMillis, () -> {
                scheduled = false;
                put();
            });
        }
    }

    private void put() {
        String document = env.store().get(localKey);
        // Nothing to send: a retry already carried the change, or the browser could not keep the document itself.
        boolean nothing = document == null || env.store().get(unsentKey) == null;
        if (nothing && whenEnded != null) {
            ended();
        }
        if (sending != null || ended || nothing) {
            return;
        }
        Retries retries = whenEnded == null ? Retries.UNTIL_ANSWERED : Retries.ONCE;
        sentDocument = document;
        LrsCall call = lrs.send("PUT", url(), document, retries, new LrsReply() {
            @Override
            public void answered(HttpResponse response, int verdict) {
                sending = null;
                boolean confirmed = verdict == Verdict.CONFIRMED;
                boolean changedMeanwhile = !sentDocument.equals(env.store().get(localKey));
                if (confirmed && !changedMeanwhile) {
                    env.store().remove(unsentKey);
                } else if (confirmed && whenEnded == null) {
                    schedule(PAUSE_MILLIS);
                } else if (!confirmed && verdict != Verdict.RETRY) {
                    refuse("the State API answered HTTP " + response.status() + RuleBreach.said(response));
                }
                if (whenEnded != null && confirmed && changedMeanwhile) {
                    put();
                } else if (whenEnded != null) {
                    ended();
                }
            }

            @Override
            public void unanswered(String reason) {
                sending = null;
                ended(); // only the session's end sets a last try: the change stays unsent for the next session
            }

            /** The newest copy: a retry after the learner went on carries it, not the one that failed. */
            @Override
            public String body(String sent) {
                String newest = env.store().get(localKey);
                sentDocument = newest == null ? sent : newest;
                return sentDocument;
            }
        });
        sending = call.isOver() ? null : call;
    }

    private String url() {
        return lrs.endpoint() + "activities/state?" + parameters;
    }

    private void refuse(String why) {
        refused = true;
        env.log().warn("The LRS does not keep the learner's place from this page (" + why
                + "): it is kept in this browser only");
    }
}
