package org.courseruntime.lrs;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.encoding.Form;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;

/**
 * The one way the runtime talks to an LRS or LMS: statements, the State API, the Agent Profile API and the cmi5 fetch
 * URL. Every request passes through the same chain: its {@link RequestStep}s add the headers (the xAPI version, the
 * authorization), the wire sends it, {@link Verdict} says what the answer means, and {@link LrsCall} retries passing
 * failures with backoff and {@code Retry-After} as the request's {@link Retries} allow. A beacon carries the same
 * headers as form fields (xAPI's alternate request syntax). Who named the LRS ({@link LrsSource}) decides what its
 * refusals mean and whether it takes beacons.
 */
public final class LrsClient {
    private final String endpoint;
    private final LrsSource source;
    private final Environment env;
    private final RequestStep[] steps;

    /** A client of {@code endpoint} whose requests carry the headers of {@code steps}, in order. */
    public LrsClient(String endpoint, LrsSource source, Environment env, RequestStep... steps) {
        this.endpoint = endpoint;
        this.source = source;
        this.env = env;
        this.steps = steps;
    }

    /**
     * An xAPI LRS at {@code endpoint}: every request carries the xAPI version and the header of
     * {@code authorization} ({@link Credentials}, or another kind), if any.
     */
    public static LrsClient xapi(String endpoint, RequestStep authorization, LrsSource source, Environment env) {
        return authorization == null ? new LrsClient(endpoint, source, env, XapiVersion.STEP)
                : new LrsClient(endpoint, source, env, XapiVersion.STEP, authorization);
    }

    /** The xAPI base URL, ending in {@code /}. */
    public String endpoint() {
        return endpoint;
    }

    /** Who named the LRS. */
    public LrsSource source() {
        return source;
    }

    /** Sends a request, {@code body} being JSON or {@code null}; {@code reply} hears its end once. */
    public LrsCall send(String method, String url, String body, Retries retries, LrsReply reply) {
        LrsCall call = new LrsCall(this, new HttpRequest(method, url, headers(body != null), body), retries, reply);
        call.send();
        return call;
    }

    /**
     * The form body of a beacon carrying {@code content} (JSON) in xAPI's alternate request syntax: {@code content},
     * then the headers as fields. A CORS "simple request", which a beacon can carry to another origin.
     */
    public String beaconForm(String content) {
        StringBuilder form = new StringBuilder(Form.of("content", content));
        for (Map.Entry<String, String> header : headers(true).entrySet()) {
            form.append('&').append(Form.of(header.getKey(), header.getValue()));
        }
        return form.toString();
    }

    /**
     * Sends {@code form} ({@link #beaconForm}) to {@code url} in a beacon, which outlives the page and whose answer is
     * never seen; false when the LRS takes no beacons or the browser refused it.
     */
    public boolean beacon(String url, String form) {
        return source.takesBeacons() && env.beacon().send(url, form);
    }

    private Map<String, String> headers(boolean json) {
        Map<String, String> headers = new OrderedMap<>();
        for (RequestStep step : steps) {
            step.addTo(headers, json);
        }
        return headers;
    }

    void wire(HttpRequest request, HttpClient.Callback callback) {
        env.http().send(request, callback);
    }

    long nowMillis() {
        return env.clock().nowMillis();
    }

    long retryDelay(int failures, long retryAfterMillis) {
        return RetryPolicy.delayMillis(failures, retryAfterMillis, RetryPolicy.uniform(env.random()));
    }

    void schedule(long delayMillis, Runnable task) {
        env.timer().schedule(delayMillis, task);
    }
}
