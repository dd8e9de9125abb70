package org.courseruntime.demo.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.courseruntime.json.JsonWriter;

/**
 * Serves the benchmark pages (src/test/bench, the peers' node_modules with them) and course-runtime.js on
 * 127.0.0.1, with a stand-in LRS that answers at once: statements, and the three requests of a cmi5 launch (the
 * auth token from the fetch URL, LMS.LaunchData, the learner preferences), and the State API for the runtime's saved
 * attempt (none saved yet: GET 404, PUT 204).
 *
 * <p>No Content-Security-Policy, unlike the demo course's site: the parse-and-evaluate page runs each library as
 * an inline script. The pages are cross-origin isolated (COOP and COEP), which gives them performance.now() at 5 µs
 * instead of 100 µs.
 */
final class BenchSite implements AutoCloseable {
    static final Path RUNTIME = Path.of("target/course/course-runtime.js").toAbsolutePath();
    /** What ours loads for texts no stamp vouches for, from beside course-runtime.js. */
    static final Path CHECK = RUNTIME.resolveSibling("course-check.js");
    private static final String LAUNCH_DATA = "{\"contextTemplate\": {\"contextActivities\": {\"grouping\": [{\"id\":"
            + " \"https://courses.example.com/xapi-in-ten-minutes\"}]}, \"extensions\": {"
            + "\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\": \"bench-session\"}},"
            + " \"launchMode\": \"Normal\", \"moveOn\": \"CompletedOrPassed\"}";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json; charset=utf-8");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private volatile String stamp;

    BenchSite() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The address of {@code page} on this site, e.g. {@code http://127.0.0.1:41234/evaluate.html?library=xapi}. */
    String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    /** The publisher's stamp of the texts ours is launched with here, which stamp.js hands to the pages. */
    void stamp(String stamp) {
        this.stamp = stamp;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            if (path.startsWith("/xapi/statements")) {
                reply(exchange, 200, "application/json", "[\"" + UUID.randomUUID() + "\"]");
            } else if (path.equals("/xapi/activities/state")) {
                boolean launchData = String.valueOf(exchange.getRequestURI().getQuery()).contains("stateId=LMS.LaunchData");
                if (launchData) {
                    reply(exchange, 200, "application/json", LAUNCH_DATA);
                } else {
                    reply(exchange, exchange.getRequestMethod().equals("GET") ? 404 : 204, "text/plain; charset=utf-8", "");
                }
            } else if (path.equals("/xapi/agents/profile")) {
                reply(exchange, 200, "application/json", "{}");
            } else if (path.equals("/cmi5/fetch")) {
                String token = Base64.getEncoder().encodeToString("bench-lap:bench-password".getBytes(StandardCharsets.UTF_8));
                reply(exchange, 200, "application/json", "{\"auth-token\": \"" + token + "\"}");
            } else if (path.equals("/stamp.js")) {
                reply(exchange, 200, TYPES.get("js"), "window.BenchStamp = " + (stamp == null ? "null" : JsonWriter.write(stamp)) + ";");
            } else {
                serveFile(exchange, path);
            }
        }
    }

    private static void serveFile(HttpExchange exchange, String path) throws IOException {
        Path file = path.equals("/" + RUNTIME.getFileName()) ? RUNTIME : path.equals("/" + CHECK.getFileName()) ? CHECK
                : PeerInstall.DIRECTORY.resolve(path.substring(1)).normalize();
        if (!file.equals(RUNTIME) && !file.equals(CHECK) && !file.startsWith(PeerInstall.DIRECTORY) || !Files.isRegularFile(file)) {
            reply(exchange, 404, "text/plain; charset=utf-8", "Not found: " + path);
            return;
        }
        String name = file.getFileName().toString();
        send(exchange, 200, TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"),
                Files.readAllBytes(file));
    }

    private static void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        send(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        headers.set("Cross-Origin-Opener-Policy", "same-origin");
        headers.set("Cross-Origin-Embedder-Policy", "require-corp");
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
