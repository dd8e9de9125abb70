package org.courseruntime.web.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * An LRS for the browser adapters' tests, on 127.0.0.1 and on another origin than the page (so CORS applies as in
 * production): it records every request with its headers and body, answers statements with {@link #statementStatus}
 * (200 by default), the State API as an LRS with no saved document (GET 404, PUT 204), and a CORS preflight.
 */
final class TinyLrs implements AutoCloseable {
    /** A request as it arrived. */
    record Request(String method, String pathAndQuery, Map<String, List<String>> headers, String body) {
        String header(String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name)) {
                    return header.getValue().get(0);
                }
            }
            return null;
        }
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    volatile int statementStatus = 200;
    private final HttpServer server;

    TinyLrs() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
    }

    /** The xAPI endpoint, e.g. {@code http://127.0.0.1:41234/xapi/}. */
    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/xapi/";
    }

    /** The requests to {@code statements} that are not preflights, in order. */
    List<Request> statementPosts() {
        return requests.stream().filter(request -> request.method().equals("POST")
                && request.pathAndQuery().startsWith("/xapi/statements")).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String query = exchange.getRequestURI().getRawQuery();
            String path = exchange.getRequestURI().getPath() + (query == null ? "" : "?" + query);
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getResponseHeaders();
            headers.set("Access-Control-Allow-Origin", "*");
            headers.set("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
            headers.set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Experience-API-Version");
            if (exchange.getRequestMethod().equals("OPTIONS")) {
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            requests.add(new Request(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
            int status = path.startsWith("/xapi/statements") ? statementStatus
                    : path.startsWith("/xapi/activities/state") ? (exchange.getRequestMethod().equals("GET") ? 404 : 204)
                    : 404;
            byte[] answer = (status == 200 ? "[]" : "").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length == 0 ? -1 : answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
