package org.courseruntime.delivery;

import java.util.function.Consumer;
import java.util.function.Predicate;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.publish.PublishSettings;

/**
 * Keeps one xAPI State API document in step with its copy in the browser (the learner's attempt, so that it resumes
 * on another device). The browser's copy is the durable one: a change is marked unsent there, then PUT to the LRS
 * after {@value #PAUSE_MILLIS} ms without further changes; failures are retried as statements are
 * ({@link RetryPolicy}), what is unsent at page close goes in a beacon (where the LRS takes them) and is PUT again by
 * the next page load. An LRS that refuses the document (4xx: no State API, or not for these credentials) leaves it in
 * the browser only, with one warning.
 */
public final class StateSync {
    static final long PAUSE_MILLIS = 2_000;
    /** How long a launch waits for the LRS's copy before it goes on with the browser's. */
    static final long LOAD_WAIT_MILLIS = 3_000;
    /** How many failed reads of the LRS's copy (no answer, 5xx) before the attempt stays in the browser only. */
    static final int MAX_READS = 6;

    private final PublishSettings settings;
    private final Environment env;
    private final String parameters;
    private final String localKey;
    private final String unsentKey;
    private boolean scheduled;
    private boolean sending;
    private boolean refused;
    private boolean known;
    private Consumer<String> whenLoaded;
    /** Runs once the session's last change is answered ({@link #end}); {@code null} before. */
    private Runnable whenEnded;
    private boolean ended;
    /** The document last sent in a beacon, or {@code null}. */
    private String beaconed;
    private int failedReads;
    private int failures;

    /**
     * @param parameters the document's State API parameters as a form ({@code activityId}, {@code agent},
     *                   {@code stateId} and optionally {@code registration})
     * @param localKey   where the browser keeps the document
     */
    public StateSync(PublishSettings settings, Environment env, String parameters, String localKey) {
        this.settings = settings;
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
        send("GET", settings.endpoint() + "activities/state?" + parameters, null, new HttpClient.Callback() {
            @Override
            public void onResponse(HttpResponse response) {
                int status = response.status();
                if (status >= 500 || status == 408 || status == 429) {
                    readAgain(mayReplace);
                    return;
                }
                String text = status == 200 ? response.body() : null;
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
            public void onNetworkError(String reason) {
                loaded(null); // no answer is coming soon: the launch goes on with the browser's copy
                readAgain(mayReplace);
            }
        });
    }

    private void readAgain(Predicate<String> mayReplace) {
        if (++failedReads >= MAX_READS) {
            refuse("its State API could not be read " + MAX_READS + " times");
        } else {
            env.timer().schedule(RetryPolicy.delayMillis(failedReads, -1, RetryPolicy.uniform(env.random())),
                    () -> read(mayReplace));
        }
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
        } else if (!sending) {
            put();
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
        if (refused || ended || !known || !settings.source().takesBeacons() || document == null
                || env.store().get(unsentKey) == null || document.equals(beaconed)) {
            return;
        }
        if (env.beacon().send(settings.endpoint() + "activities/state?method=PUT",
                XapiHeaders.alternateForm(settings.credentials(), document) + "&" + parameters)) {
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
        if (document == null && whenEnded != null) {
            ended(); // marked unsent, but the browser could not keep the document itself: nothing to send
        }
        if (sending || ended || document == null) {
            return;
        }
        sending = true;
        send("PUT", settings.endpoint() + "activities/state?" + parameters, document, new HttpClient.Callback() {
            @Override
            public void onResponse(HttpResponse response) {
                sending = false;
                int status = response.status();
                boolean changedMeanwhile = !document.equals(env.store().get(localKey));
                if (status >= 200 && status < 300) {
                    failures = 0;
                    if (!changedMeanwhile) {
                        env.store().remove(unsentKey);
                    } else if (whenEnded == null) {
                        schedule(PAUSE_MILLIS);
                    }
                } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
                    refuse("the State API answered HTTP " + status + lrsReason(response));
                } else if (whenEnded == null) {
                    retry(RetryAfter.millis(response.retryAfter(), env.clock().nowMillis()));
                }
                if (whenEnded != null) {
                    if (changedMeanwhile && status >= 200 && status < 300) {
                        put();
                    } else {
                        ended();
                    }
                }
            }

            @Override
            public void onNetworkError(String reason) {
                sending = false;
                if (whenEnded != null) {
                    ended();
                } else {
                    retry(-1);
                }
            }
        });
    }

    private static String lrsReason(HttpResponse response) {
        RuleBreach breach = RuleBreach.of(response);
        return breach == null ? "" : ", " + breach;
    }

    private void refuse(String why) {
        refused = true;
        env.log().warn("The LRS does not keep the learner's place from this page (" + why
                + "): it is kept in this browser only");
    }

    private void retry(long retryAfterMillis) {
        failures++;
        schedule(RetryPolicy.delayMillis(failures, retryAfterMillis, RetryPolicy.uniform(env.random())));
    }

    private void send(String method, String url, String body, HttpClient.Callback callback) {
        env.http().send(new HttpRequest(method, url, XapiHeaders.of(settings.credentials(), body != null), body), callback);
    }
}
