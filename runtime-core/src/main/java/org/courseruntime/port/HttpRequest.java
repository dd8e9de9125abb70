package org.courseruntime.port;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;

/** One HTTP request: method, absolute URL, headers (name to value) and an optional text body. */
public record HttpRequest(String method, String url, Map<String, String> headers, String body) {
    public HttpRequest {
        headers = new OrderedMap<>(headers);
    }
}
