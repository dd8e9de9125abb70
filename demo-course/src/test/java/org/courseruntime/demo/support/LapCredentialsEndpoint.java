package org.courseruntime.demo.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.courseruntime.publish.Credentials;

/**
 * Makes Learning Locker's Basic auth real: with {@code AUTH_REPO=fetch} it forwards each request's Authorization
 * header here; a 200 with a client description lets the request in, a 404 makes Learning Locker answer 401.
 */
final class LapCredentialsEndpoint implements AutoCloseable {
    private static final String CLIENT = """
            {"_id": "test-lap", "title": "Test LAP", "organisation": "test-org", "lrs_id": "test-lrs", "isTrusted": true,
             "scopes": ["xapi/all"],
             "authority": {"objectType": "Agent", "name": "Test LAP", "mbox": "mailto:test-lap@example.com"}}""";

    private final HttpServer server;
    private final String expectedAuthorization;

    LapCredentialsEndpoint(Credentials accepted) throws IOException {
        this.expectedAuthorization = accepted.authorizationHeader();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/client";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            boolean known = expectedAuthorization.equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (known ? CLIENT : "{\"message\":\"No such client\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
