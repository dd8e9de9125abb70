package org.courseruntime.demo.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A fault-injecting front for an LRS, on 127.0.0.1: it forwards xAPI requests to the real LRS behind it, answers
 * CORS itself, counts what comes in ({@link #traffic()}), and on the test's word goes down (connections refused),
 * answers the next requests with errors, refuses batches whose body matches a rule, delays requests, answers no CORS
 * at all (an LRS that does not allow the course's origin), or serves the LRS under another path than {@code /xAPI/}.
 */
public final class FaultyFront implements AutoCloseable {
    private volatile boolean exposeRetryAfter = true;
    private volatile boolean cors = true;
    private volatile String path = "/xAPI/";
    private volatile String allowedMethods = "GET, POST, PUT, OPTIONS";
    /** An answer the front gives instead of forwarding. */
    public record Fault(int status, String retryAfter) {
    }

    private final String upstream;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final Deque<Fault> nextFaults = new ArrayDeque<>();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final Traffic traffic = new Traffic();
    private volatile Predicate<String> reject = body -> false;
    private volatile Predicate<HttpExchange> drop = exchange -> false;
    private volatile long delayMillis;
    private HttpServer server;

    /** A front on a free port for the LRS whose xAPI endpoint is {@code upstreamEndpoint}. */
    public FaultyFront(String upstreamEndpoint) throws IOException {
        this.upstream = upstreamEndpoint;
        this.port = FreePort.find();
        comeBack();
    }

    /** The endpoint the course should post to. */
    public String endpoint() {
        return "http://127.0.0.1:" + port + path;
    }

    /** Answers without any CORS header, preflights included, as an LRS that does not allow the course's origin. */
    public FaultyFront withoutCors() {
        cors = false;
        return this;
    }

    /** Allows only {@code methods} in its CORS answers (e.g. {@code GET, POST, OPTIONS}: no PUT to the State API). */
    public FaultyFront allowingMethods(String methods) {
        allowedMethods = methods;
        return this;
    }

    /** Serves the LRS under {@code otherPath} (e.g. {@code /data/xAPI/}) and answers 404 everywhere else. */
    public FaultyFront servedUnder(String otherPath) {
        path = otherPath;
        return this;
    }

    /** The LRS goes away: connections are refused until {@link #comeBack()}. */
    public synchronized void goDown() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized void comeBack() throws IOException {
        if (server == null) {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/", this::handle);
            server.setExecutor(executor);
            server.start();
        }
    }

    /** Stops exposing Retry-After to pages on other origins, as many LRSs (Learning Locker among them) do. */
    public void hideRetryAfter() {
        exposeRetryAfter = false;
    }

    /** The next statement requests get these answers, one each, instead of reaching the LRS. */
    public synchronized void failNext(Fault... faults) {
        nextFaults.addAll(java.util.List.of(faults));
    }

    /** Batches whose JSON body matches {@code rule} get a 400, as an LRS answers an invalid statement. */
    public void rejectBatches(Predicate<String> rule) {
        this.reject = rule;
    }

    /** Requests matching {@code rule} are answered 503 without reaching the LRS. */
    public void drop(Predicate<HttpExchange> rule) {
        this.drop = rule;
    }

    /** Every statement request waits this long before it is forwarded. */
    public void delay(long millis) {
        this.delayMillis = millis;
    }

    /** How many statement requests reached the LRS, and how many the front answered itself. */
    public int forwarded() {
        return forwarded.get();
    }

    public int refused() {
        return refused.get();
    }

    /** Every request that reached the front, preflights included, and its bytes. */
    public Traffic traffic() {
        return traffic;
    }

    private synchronized Fault takeFault() {
        return nextFaults.poll();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = exchange.getResponseHeaders();
            String origin = exchange.getRequestHeaders().getFirst("Origin");
            if (cors) {
                headers.set("Access-Control-Allow-Origin", origin == null ? "*" : origin);
                headers.set("Access-Control-Allow-Methods", allowedMethods);
                headers.set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Experience-API-Version");
                if (exposeRetryAfter) {
                    headers.set("Access-Control-Expose-Headers", "Retry-After");
                }
            }
            String requested = exchange.getRequestURI().getRawPath();
            if (!requested.startsWith(path)) {
                reply(exchange, 404, "{\"message\":\"Not found\"}");
                return;
            }
            if ("OPTIONS".equals(exchange.getRequestMethod())) {
                traffic.record(exchange, 0);
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            traffic.record(exchange, body.length);
            String text = new String(body, StandardCharsets.UTF_8);
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            Fault fault = takeFault();
            if (fault != null || drop.test(exchange) || reject.test(text)) {
                refused.incrementAndGet();
                if (fault != null && fault.retryAfter() != null) {
                    headers.set("Retry-After", fault.retryAfter());
                }
                int status = fault != null ? fault.status() : reject.test(text) ? 400 : 503;
                reply(exchange, status, "{\"message\":\"injected by the faulty front\"}");
                return;
            }
            forwarded.incrementAndGet();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(upstream + requested.substring(path.length())
                            + (exchange.getRequestURI().getRawQuery() == null
                            ? "" : "?" + exchange.getRequestURI().getRawQuery())))
                    .timeout(Duration.ofSeconds(20))
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body));
            for (String name : new String[] {"Authorization", "Content-Type", "X-Experience-API-Version"}) {
                String value = exchange.getRequestHeaders().getFirst(name);
                if (value != null) {
                    request.header(name, value);
                }
            }
            HttpResponse<String> answer;
            try {
                answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            reply(exchange, answer.statusCode(), answer.body());
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        goDown();
        executor.shutdownNow();
    }
}
