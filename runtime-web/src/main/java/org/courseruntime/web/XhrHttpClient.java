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
                new HttpResponse(xhr.getStatus(), xhr.getResponseHeader("Retry-After"), xhr.getResponseText())));
        xhr.onError(event -> callback.onNetworkError("no answer: the LRS is unreachable or does not allow this site (CORS)"));
        xhr.onTimeout(event -> callback.onNetworkError("no answer within " + (TIMEOUT_MILLIS / 1000) + " s"));
        xhr.send(request.body());
    }

    @JSBody(params = {"xhr", "millis"}, script = "xhr.timeout = millis;")
    private static native void setTimeout(XMLHttpRequest xhr, int millis);
}
