package org.courseruntime.demo.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;

/**
 * Every request the AU made to the reference cmi5 player's {@code /lrs/} and {@code /fetch-url/}, and what the player
 * answered, body included, independent of the runtime: a recording reverse proxy on 127.0.0.1 that the launch URL
 * is pointed at ({@link #route}); the AU's page, its LRS endpoint and its fetch URL all move to the proxy's origin
 * together, so the page sees one origin, as it does with the player itself. The proxy forwards every request as it
 * came (method, path, query, body, headers) and the answer as it came.
 *
 * <p>Why a proxy and not Chromium's performance log (DevTools network events): measured here with Chromium 156, the
 * log has no trace of a {@code sendBeacon} or a {@code fetch(..., {keepalive: true})} sent at {@code pagehide} when
 * the page reloads or navigates away, which are exactly the requests whose refusal nobody else sees; and it has no
 * response bodies (the rule ids), which {@code Network.getResponseBody} can only give while the page is still open.
 * The player itself logs no answers (only a 500's error reaches its player.log).
 */
public final class PlayerTraffic implements AutoCloseable {
    private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade",
            "keep-alive", "transfer-encoding", "te", "trailer", "proxy-connection", "http2-settings");

    /** One request to the player: method, path with query (decoded), status, how many statements, the rule broken. */
    public record Exchange(String method, String path, int status, int statements, String violatedReqId, String message) {
        /** What kind of request: the fetch URL, a statements POST, a State / Agent Profile document, ... */
        public String kind() {
            String resource = path.replaceFirst("\\?.*", "");
            if (resource.startsWith("/fetch-url/")) {
                return method + " fetch-url";
            }
            resource = resource.replaceFirst("^/lrs/", "");
            String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
            if (query.matches(".*[?&]method=.*")) {
                return method + " " + resource + " (alternate syntax, method=" + query.replaceAll(".*[?&]method=([A-Za-z]*).*", "$1") + ")";
            }
            if (resource.equals("activities/state") || resource.equals("agents/profile")) {
                return method + " " + resource + " " + query.replaceAll(".*[?&](?:stateId|profileId)=([^&]*).*", "$1");
            }
            return method + " " + resource;
        }

        /**
         * An answer of 4xx / 5xx, except a 404 to a GET of a State or Agent Profile document, which says there is no
         * such document yet (the AU's saved attempt at a first launch).
         */
        public boolean refused() {
            boolean noDocumentYet = status == 404 && method.equals("GET")
                    && (path.startsWith("/lrs/activities/state?") || path.startsWith("/lrs/agents/profile?"));
            return status >= 400 && !noDocumentYet;
        }

        @Override
        public String toString() {
            return method + " " + path + " -> HTTP " + status + (statements > 0 ? " (" + statements + " statements)" : "")
                    + (violatedReqId == null ? "" : " " + violatedReqId) + (message == null ? "" : ": " + message);
        }
    }

    private final String player;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private volatile long lastRequestNanos = System.nanoTime();

    /** A proxy to the player at {@code playerUrl} (e.g. {@code http://127.0.0.1:41234}) on a free port. */
    public PlayerTraffic(String playerUrl) throws IOException {
        this.player = playerUrl;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(threads);
        server.start();
    }

    /** The proxy's base URL, {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The player's launch URL with the page, the endpoint and the fetch URL moved to this proxy. */
    public String route(String launchUrl) {
        String encodedPlayer = URLEncoder.encode(player, StandardCharsets.UTF_8);
        String encodedProxy = URLEncoder.encode(url(), StandardCharsets.UTF_8);
        if (!launchUrl.startsWith(player + "/")) {
            throw new IllegalArgumentException("Not a launch URL of the player at " + player + ": " + launchUrl);
        }
        return url() + launchUrl.substring(player.length()).replace(encodedPlayer, encodedProxy).replace(player, url());
    }

    private void forward(HttpExchange exchange) throws IOException {
        inFlight.incrementAndGet();
        lastRequestNanos = System.nanoTime();
        try (exchange) {
            String method = exchange.getRequestMethod();
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(player + pathAndQuery))
                    .timeout(Duration.ofSeconds(60))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                    values.forEach(value -> request.header(name, value));
                }
            });
            HttpResponse<byte[]> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException | InterruptedException e) {
                exchange.sendResponseHeaders(502, -1);
                record(method, pathAndQuery, body, 502, ("{\"message\":\"the proxy could not reach the player: " + e + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            response.headers().map().forEach((name, values) -> {
                if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                    exchange.getResponseHeaders().put(name, values);
                }
            });
            byte[] answer = response.body();
            boolean noBody = answer.length == 0 || method.equals("HEAD") || response.statusCode() == 204 || response.statusCode() == 304;
            exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : answer.length);
            if (!noBody) {
                exchange.getResponseBody().write(answer);
            }
            record(method, pathAndQuery, body, response.statusCode(), answer);
        } finally {
            lastRequestNanos = System.nanoTime();
            inFlight.decrementAndGet();
        }
    }

    /**
     * Waits until no request is in flight and none came for {@code quietMillis} (at most {@code maxMillis}): what a
     * page sent while it was left (a beacon at pagehide) has then been answered and recorded.
     */
    public void awaitQuiet(long quietMillis, long maxMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + maxMillis;
        while (System.currentTimeMillis() < deadline
                && (inFlight.get() > 0 || System.nanoTime() - lastRequestNanos < quietMillis * 1_000_000)) {
            Thread.sleep(50);
        }
    }

    private void record(String method, String pathAndQuery, byte[] requestBody, int status, byte[] answer) {
        if (!pathAndQuery.startsWith("/lrs/") && !pathAndQuery.startsWith("/fetch-url/")) {
            return; // the course's own files
        }
        String violated = null;
        String message = null;
        if (status >= 400) {
            String text = new String(answer, StandardCharsets.UTF_8);
            Object error = parseOrNull(text);
            if (error instanceof Map<?, ?> map) {
                violated = (String) map.get("violatedReqId");
                message = (String) map.get("message");
            } else {
                message = text;
            }
        }
        exchanges.add(new Exchange(method, URLDecoder.decode(pathAndQuery, StandardCharsets.UTF_8), status,
                statementCount(pathAndQuery, new String(requestBody, StandardCharsets.UTF_8)), violated, message));
    }

    /** How many statements a statements request carried: a JSON array or one statement, or the alternate syntax's form. */
    private static int statementCount(String pathAndQuery, String body) {
        if (!pathAndQuery.startsWith("/lrs/statements")) {
            return 0;
        }
        String json = body.strip();
        if (!json.startsWith("[") && !json.startsWith("{")) {
            for (String field : body.split("&")) {
                if (field.startsWith("content=")) {
                    json = URLDecoder.decode(field.substring("content=".length()), StandardCharsets.UTF_8).strip();
                }
            }
        }
        Object parsed = parseOrNull(json);
        return parsed instanceof List<?> list ? list.size() : parsed instanceof Map ? 1 : 0;
    }

    private static Object parseOrNull(String json) {
        try {
            return JsonReader.parse(json);
        } catch (JsonSyntaxException | RuntimeException notJson) {
            return null;
        }
    }

    /** Every request to /lrs/ and /fetch-url/ so far, in the order the answers came. */
    public List<Exchange> exchanges() {
        synchronized (exchanges) {
            return new ArrayList<>(exchanges);
        }
    }

    /** The requests the player refused (see {@link Exchange#refused()}). */
    public List<Exchange> refusals() {
        return exchanges().stream().filter(Exchange::refused).toList();
    }

    /** Requests by kind and status, and statements accepted / refused: what a scenario did, for the test's output. */
    public String summary() {
        List<Exchange> all = exchanges();
        Map<String, Integer> byKind = new TreeMap<>();
        int accepted = 0;
        int refused = 0;
        for (Exchange exchange : all) {
            byKind.merge(exchange.kind() + " -> " + exchange.status(), 1, Integer::sum);
            if (exchange.refused()) {
                refused += exchange.statements();
            } else {
                accepted += exchange.statements();
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(all.size()).append(" requests to the player; statements accepted ").append(accepted)
                .append(", refused ").append(refused).append('\n');
        byKind.forEach((kind, count) -> text.append("  ").append(count).append(" x ").append(kind).append('\n'));
        for (Exchange refusal : refusals()) {
            text.append("  refused: ").append(refusal).append('\n');
        }
        return text.toString();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
