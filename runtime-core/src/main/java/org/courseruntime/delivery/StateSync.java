package org.courseruntime.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.courseruntime.encoding.FormEncoding;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.publish.PublishSettings;

/**
 * Keeps one xAPI State API document in step with its copy in the browser (the learner's attempt, so that it resumes
 * on another device). The browser's copy is the durable one: a change is marked unsent there, then PUT to the LRS
 * after {@value #PAUSE_MILLIS} ms without further changes; failures are retried as statements are
 * ({@link RetryPolicy}), what is unsent at page close goes in a beacon and is PUT again by the next page load. An
 * LRS that refuses the document (4xx: no State API, or not for these credentials) leaves it in the browser only,
 * with one warning.
 */
public final class StateSync {
    static final long PAUSE_MILLIS = 2_000;
    /** How long a launch waits for the LRS's copy before it goes on with the browser's. */
    static final long LOAD_WAIT_MILLIS = 3_000;

    private final PublishSettings settings;
    private final Environment env;
    private final String parameters;
    private final String localKey;
    private final String unsentKey;
    private boolean scheduled;
    private boolean sending;
    private boolean refused;
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
     * LRS refuses or does not answer within {@value #LOAD_WAIT_MILLIS} ms. Changes are sent only after this, so that
     * an older copy in this browser never overwrites a newer one in the LRS.
     */
    public void load(Consumer<String> done) {
        boolean[] answered = {false};
        Consumer<String> once = text -> {
            if (!answered[0]) {
                answered[0] = true;
                done.accept(text);
                if (env.store().get(unsentKey) != null) {
                    schedule(0); // left unsent by an earlier page load
                }
            }
        };
        env.timer().schedule(LOAD_WAIT_MILLIS, () -> once.accept(null));
        send("GET", settings.endpoint() + "activities/state?" + parameters, null, new HttpClient.Callback() {
            @Override
            public void onResponse(HttpResponse response) {
                once.accept(response.status() == 200 ? response.body() : null);
            }

            @Override
            public void onNetworkError(String reason) {
                once.accept(null);
            }
        });
    }

    /** The browser's copy changed: it goes to the LRS after a pause. */
    public void changed() {
        env.store().put(unsentKey, "1");
        schedule(PAUSE_MILLIS);
    }

    /** The page is being hidden or closed: an unsent change goes in a beacon (and stays marked until confirmed). */
    public void pageHidden() {
        String document = env.store().get(localKey);
        if (refused || document == null || env.store().get(unsentKey) == null) {
            return;
        }
        String form = FormEncoding.form("content", document, "Content-Type", "application/json",
                "X-Experience-API-Version", StatementsRequest.XAPI_VERSION)
                + (settings.credentials() == null ? "" : "&" + FormEncoding.form("Authorization",
                settings.credentials().authorizationHeader()))
                + "&" + parameters;
        env.beacon().send(settings.endpoint() + "activities/state?method=PUT", form);
    }

    private void schedule(long delayMillis) {
        if (!scheduled && !refused) {
            scheduled = true;
            env.timer().schedule(delayMillis, () -> {
                scheduled = false;
                put();
            });
        }
    }

    private void put() {
        String document = env.store().get(localKey);
        if (sending || document == null) {
            return;
        }
        sending = true;
        send("PUT", settings.endpoint() + "activities/state?" + parameters, document, new HttpClient.Callback() {
            @Override
            public void onResponse(HttpResponse response) {
                sending = false;
                int status = response.status();
                if (status >= 200 && status < 300) {
                    failures = 0;
                    if (document.equals(env.store().get(localKey))) {
                        env.store().remove(unsentKey);
                    } else {
                        schedule(PAUSE_MILLIS); // changed while on its way
                    }
                } else if (status >= 400 && status < 500 && status != 408 && status != 429) {
                    refused = true;
                    env.log().warn("The LRS did not keep the learner's place (State API answered HTTP " + status
                            + "): it is kept in this browser only");
                } else {
                    retry(RetryAfter.millis(response.retryAfter(), env.clock().nowMillis()));
                }
            }

            @Override
            public void onNetworkError(String reason) {
                sending = false;
                retry(-1);
            }
        });
    }

    private void retry(long retryAfterMillis) {
        failures++;
        schedule(RetryPolicy.delayMillis(failures, retryAfterMillis, RetryPolicy.uniform(env.random())));
    }

    private void send(String method, String url, String body, HttpClient.Callback callback) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (body != null) {
            headers.put("Content-Type", "application/json");
        }
        headers.put("X-Experience-API-Version", StatementsRequest.XAPI_VERSION);
        if (settings.credentials() != null) {
            headers.put("Authorization", settings.credentials().authorizationHeader());
        }
        env.http().send(new HttpRequest(method, url, headers, body), callback);
    }
}
