package org.courseruntime.demo.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.courseruntime.lrs.Credentials;

/**
 * Makes Learning Locker's Basic auth real: with {@code AUTH_REPO=fetch} it forwards each request's Authorization
 * header here; a 200 with a client description lets the request in with the client's scopes (Learning Locker answers
 * 403 to what they do not allow), a 404 makes Learning Locker answer 401. Two clients: one with every xAPI right, and
 * one that may only read.
 */
final class LapCredentialsEndpoint implements AutoCloseable {
    private static final String CLIENT = """
            {"_id": "test-lap", "title": "Test LAP", "organisation": "test-org", "lrs_id": "test-lrs", "isTrusted": true,
             "scopes": ["%s"],
             "authority": {"objectType": "Agent", "name": "Test LAP", "mbox": "mailto:test-lap@example.com"}}""";

    private final HttpServer server;
    private final String expectedAuthorization;
    private final String readOnlyAuthorization;

    LapCredentialsEndpoint(Credentials accepted, Credentials readOnly) throws IOException {
        this.expectedAuthorization = accepted.authorizationHeader();
        this.readOnlyAuthorization = readOnly.authorizationHeader();
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/client";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String given = exchange.getRequestHeaders().getFirst("Authorization");
            String scope = expectedAuthorization.equals(given) ? "xapi/all" : readOnlyAuthorization.equals(given) ? "xapi/read" : null;
            boolean known = scope != null;
            byte[] body = (known ? CLIENT.formatted(scope) : "{\"message\":\"No such client\"}").getBytes(StandardCharsets.UTF_8);
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
