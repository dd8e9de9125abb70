package org.courseruntime.tools.preview;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.tools.site.LocalSite;

/**
 * A small xAPI LRS for previewing what a course sends: the statements resource and the State API under
 * {@code /xAPI/} with HTTP Basic authentication and CORS, strict validation with the reason for every refusal, and
 * at {@code /} a page that shows what arrives as it arrives. With a data folder it keeps everything across a
 * restart. It is a preview tool, not a production LRS.
 */
public final class PreviewLrs implements AutoCloseable {
    private static final String BASE = "/xAPI/";

    private final HttpServer server;
    private final String expectedAuthorization;
    private final StatementStore store;
    private final StateStore states;

    /**
     * Starts an LRS on {@code 127.0.0.1:port} (0 picks a free port) that accepts requests carrying
     * {@code expectedAuthorization} (an HTTP Basic value), or any request when it is {@code null}, and keeps what it
     * stores in {@code dataFolder} ({@code statements.jsonl}, {@code state.json}), or in memory when it is {@code null}.
     */
    public PreviewLrs(int port, String expectedAuthorization, Path dataFolder) throws IOException {
        this.expectedAuthorization = expectedAuthorization;
        this.store = new StatementStore(dataFolder == null ? null : dataFolder.resolve("statements.jsonl"));
        this.states = new StateStore(dataFolder == null ? null : dataFolder.resolve("state.json"));
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    /** The xAPI endpoint a course posts to, e.g. {@code http://127.0.0.1:8101/xAPI/}. */
    public String endpoint() {
        return origin() + BASE;
    }

    /** The page listing the stored statements. */
    public String viewerUrl() {
        return origin() + "/";
    }

    private String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every stored statement, newest first. */
    public List<Map<String, Object>> statements() {
        return store.newestFirst();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            route(exchange);
        } catch (RuntimeException e) {
            System.err.println("Preview LRS: " + exchange.getRequestMethod() + " " + exchange.getRequestURI() + " failed: " + e);
            throw e;
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        allowCrossOrigin(exchange);
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if ("OPTIONS".equals(method)) {
            exchange.sendResponseHeaders(204, -1);
        } else if (VIEWER_FILES.containsKey(path) && "GET".equals(method)) {
            viewerFile(exchange, path);
        } else if ("/viewer/statements".equals(path) && "GET".equals(method)) {
            sendJson(exchange, 200, store.newestFirst());
        } else if ((BASE + "activities/state").equals(path)) {
            state(exchange);
        } else if ((BASE + "about").equals(path) && "GET".equals(method)) {
            sendJson(exchange, 200, Map.of("version", List.of("1.0.3")));
        } else if ((BASE + "statements").equals(path)) {
            statements(exchange);
        } else {
            sendError(exchange, 404, "No resource at " + path);
        }
    }

    /** Checks what every xAPI resource requires (credentials, version); answers the error and returns null if wrong. */
    private XapiRequest xapiRequest(HttpExchange exchange) throws IOException {
        XapiRequest request = XapiRequest.read(exchange);
        if (!authorized(request.header("Authorization"))) {
            sendError(exchange, 401, "Unauthorised: the Authorization header does not carry this LRS's login and password");
            return null;
        }
        String version = request.header("X-Experience-API-Version");
        if (version == null || !version.startsWith("1.0")) {
            sendError(exchange, 400, "The X-Experience-API-Version header must be 1.0.x, was " + version);
            return null;
        }
        return request;
    }

    private void statements(HttpExchange exchange) throws IOException {
        XapiRequest request = xapiRequest(exchange);
        if (request == null) {
            return;
        }
        switch (request.method()) {
            case "GET" -> get(exchange, request.query().get("statementId"));
            case "POST" -> store(exchange, request, null);
            case "PUT" -> store(exchange, request, request.query().get("statementId"));
            default -> sendError(exchange, 405, request.method() + " is not supported on statements");
        }
    }

    private void get(HttpExchange exchange, String statementId) throws IOException {
        if (statementId == null) {
            sendJson(exchange, 200, Map.of("statements", store.newestFirst(), "more", ""));
            return;
        }
        Map<String, Object> statement = store.find(statementId);
        if (statement == null) {
            sendError(exchange, 404, "No statement with id " + statementId);
        } else {
            sendJson(exchange, 200, statement);
        }
    }

    private void store(HttpExchange exchange, XapiRequest request, String putId) throws IOException {
        String contentType = request.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            sendError(exchange, 400, "Content-Type must be application/json, was " + contentType);
            return;
        }
        Object body;
        try {
            body = JsonReader.parse(request.body());
        } catch (JsonSyntaxException e) {
            sendError(exchange, 400, "The body is not JSON: " + e.getMessage());
            return;
        }
        boolean batch = body instanceof List<?>;
        List<?> offered = batch ? (List<?>) body : List.of(body);
        if (putId != null && (batch || !(body instanceof Map<?, ?> one) || (one.containsKey("id") && !putId.equals(one.get("id"))))) {
            sendError(exchange, 400, "PUT takes one statement whose id, if any, equals statementId");
            return;
        }
        List<String> problems = new ArrayList<>();
        List<Map<String, Object>> statements = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            String prefix = batch ? "statements[" + i + "] " : "";
            for (String problem : StatementValidator.validate(offered.get(i))) {
                problems.add(prefix + problem);
            }
            if (offered.get(i) instanceof Map<?, ?> map) {
                Map<String, Object> statement = new LinkedHashMap<>();
                map.forEach((k, v) -> statement.put((String) k, v));
                statement.putIfAbsent("id", putId != null ? putId : UUID.randomUUID().toString());
                statements.add(statement);
            }
        }
        if (offered.isEmpty()) {
            problems.add("The batch is empty");
        }
        if (!problems.isEmpty()) {
            sendJson(exchange, 400, Map.of("message", "Invalid statement: " + problems.get(0), "warnings", problems));
            return;
        }
        try {
            store.storeAll(statements, Instant.now().toString());
        } catch (StatementStore.ConflictException e) {
            sendError(exchange, 409, e.getMessage());
            return;
        }
        if (putId != null) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            sendJson(exchange, 200, statements.stream().map(s -> s.get("id")).toList());
        }
    }

    /** The State API: one document per activity, agent, registration and state id. */
    private void state(HttpExchange exchange) throws IOException {
        XapiRequest request = xapiRequest(exchange);
        if (request == null) {
            return;
        }
        Map<String, String> query = request.query();
        String problem = StateParameters.problem(request.method(), query);
        if (problem != null) {
            sendError(exchange, 400, problem);
            return;
        }
        if (query.get("stateId") == null || query.get("stateId").isEmpty()) {
            sendJson(exchange, 200, states.ids(StateStore.key(query.get("activityId"), query.get("agent"), query.get("registration"), "")));
            return;
        }
        String key = StateStore.key(query.get("activityId"), query.get("agent"), query.get("registration"),
                query.get("stateId"));
        StateStore.Document existing = states.get(key);
        switch (request.method()) {
            case "GET" -> {
                if (existing == null) {
                    sendError(exchange, 404, "No state document " + query.get("stateId"));
                } else {
                    exchange.getResponseHeaders().set("Content-Type", existing.contentType());
                    exchange.sendResponseHeaders(200, existing.content().length);
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(existing.content());
                    }
                }
            }
            case "PUT", "POST" -> {
                String contentType = request.header("Content-Type") == null ? "application/octet-stream" : request.header("Content-Type");
                String merged = "POST".equals(request.method()) && existing != null ? StateParameters.merge(existing, request.body()) : request.body();
                if (merged == null) {
                    sendError(exchange, 400, "POST merges JSON objects only: the stored document or the new one is not a JSON object");
                    return;
                }
                states.put(key, new StateStore.Document(contentType, merged.getBytes(StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
            }
            case "DELETE" -> {
                states.delete(key);
                exchange.sendResponseHeaders(204, -1);
            }
            default -> sendError(exchange, 405, request.method() + " is not supported on activities/state");
        }
    }

    private static final Map<String, String> VIEWER_FILES = Map.of(
            "/", "index.html", "/viewer.js", "viewer.js", "/viewer.css", "viewer.css");

    private static void viewerFile(HttpExchange exchange, String path) throws IOException {
        String name = VIEWER_FILES.get(path);
        try (InputStream in = PreviewLrs.class.getResourceAsStream("viewer/" + name)) {
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'");
            send(exchange, 200, LocalSite.contentType(name), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private boolean authorized(String given) {
        if (expectedAuthorization == null) {
            return true;
        }
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expectedAuthorization.getBytes(StandardCharsets.UTF_8));
    }

    private static void allowCrossOrigin(HttpExchange exchange) {
        Headers response = exchange.getResponseHeaders();
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        response.set("Access-Control-Allow-Origin", origin == null ? "*" : origin);
        response.set("Vary", "Origin");
        response.set("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
        response.set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Experience-API-Version");
        response.set("Access-Control-Max-Age", "600");
        response.set("Access-Control-Expose-Headers", "Retry-After");
        response.set("X-Experience-API-Version", "1.0.3");
    }

    private static void sendError(HttpExchange exchange, int status, String message) throws IOException {
        sendJson(exchange, status, Map.of("message", message));
    }

    private static void sendJson(HttpExchange exchange, int status, Object json) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", JsonWriter.write(json));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
