package org.courseruntime.tools.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An xAPI request as the LRS reads it: method, headers (lower-case names), query and body. A request in the xAPI
 * 1.0.x alternate syntax ({@code POST ...?method=PUT} with a form body) is unwrapped: its form fields become the
 * headers and its {@code content} field the body, which is how a beacon sent at page close reaches the LRS.
 */
record XapiRequest(String method, Map<String, String> headers, Map<String, String> query, String body) {
    static XapiRequest read(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String method = exchange.getRequestMethod();
        String alternate = query.remove("method");
        if (alternate == null || !"POST".equals(method)) {
            return new XapiRequest(method, headers, query, body);
        }
        Map<String, String> fields = form(body);
        String content = fields.remove("content");
        fields.forEach((name, value) -> {
            if (name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("x-experience-api-version")
                    || name.equalsIgnoreCase("content-type")) {
                headers.put(name.toLowerCase(), value);
            } else {
                query.put(name, value);
            }
        });
        if (!fields.containsKey("Content-Type") && !fields.containsKey("content-type")) {
            headers.put("content-type", "application/json"); // the spec's default for the content field
        }
        return new XapiRequest(alternate.toUpperCase(), headers, query, content == null ? "" : content);
    }

    String header(String name) {
        return headers.get(name.toLowerCase());
    }

    private static Map<String, String> form(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params;
    }
}
