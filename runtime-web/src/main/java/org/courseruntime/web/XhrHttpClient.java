package org.courseruntime.web;

import java.util.Map;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;
import org.teavm.jso.JSBody;
import org.teavm.jso.ajax.XMLHttpRequest;

/** The HTTP port on XMLHttpRequest, with a timeout so that a hung LRS counts as a network failure. */
final class XhrHttpClient implements HttpClient {
    static final int TIMEOUT_MILLIS = 30_000;

    @Override
    public void send(HttpRequest request, Callback callback) {
        XMLHttpRequest xhr = new XMLHttpRequest();
        xhr.open(request.method(), request.url(), true);
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            xhr.setRequestHeader(header.getKey(), header.getValue());
        }
        setTimeout(xhr, TIMEOUT_MILLIS);
        xhr.onLoad(event -> callback.onResponse(
                new HttpResponse(xhr.getStatus(), retryAfter(xhr), xhr.getResponseText())));
        xhr.onError(event -> callback.onNetworkError("no answer: the LRS is unreachable or does not allow this site (CORS)"));
        xhr.onTimeout(event -> callback.onNetworkError("no answer within " + (TIMEOUT_MILLIS / 1000) + " s"));
        xhr.send(request.body());
    }

    /**
     * The Retry-After header of an answer that may carry one (429, 5xx), or null. Read from the headers the LRS exposes
     * to the page: asking for a header it does not expose makes the browser log an error on every answer.
     */
    @JSBody(params = "xhr", script = "if (xhr.status !== 429 && xhr.status < 500) return null;"
            + "var m = /(?:^|\\n)retry-after:[ \\t]*([^\\r\\n]*)/i.exec(xhr.getAllResponseHeaders());"
            + "return m ? m[1] : null;")
    private static native String retryAfter(XMLHttpRequest xhr);

    @JSBody(params = {"xhr", "millis"}, script = "xhr.timeout = millis;")
    private static native void setTimeout(XMLHttpRequest xhr, int millis);
}
