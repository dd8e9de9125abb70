package org.courseruntime.demo.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import org.courseruntime.tools.preview.StatementValidator;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonWriter;

/**
 * A cmi5 LMS stand-in on 127.0.0.1, with the LRS it launches into: it opens sessions ({@link #launchUrl}), hands out
 * each session's token once at its fetch URL (error-code 1 after that), serves {@code LMS.LaunchData} and the
 * learner's preferences, keeps the AU's own State API documents, and stores statements. It checks what an AU owes
 * a cmi5 LMS and records every breach in {@link #violations()}: each statement valid xAPI, with the session's
 * registration, session id and publisher id, in timestamp order, cmi5 defined statements about the AU with the result
 * members and moveOn category of their verb. What ADL's reference player refuses, it refuses as the player does
 * (HTTP 403 with the rule in {@code violatedReqId}; nothing of the request is stored), and records too: an
 * {@code actor} or {@code agent} other than the launch actor as JSON (8.1.3.0-3), a State request of another
 * registration (8.1.4.0-3), statements before the learner preferences were read (11.0.0.0-3), a statement before a
 * request holding "initialized" was stored (9.3.0.0-4, judged per request), a second "initialized" (9.3.0.0-2), any
 * request after "terminated"
 * (8.1.2.0-2), and the xAPI alternate request syntax of beacons, which the player does not implement.
 */
public final class Cmi5Lms implements AutoCloseable {
    public static final String REGISTRATION = "c6b1f3e2-8a7d-4c1e-9f0a-2b3c4d5e6f70";
    public static final String PUBLISHER_ID = "https://courses.example.com/xapi-in-ten-minutes";
    public static final String ACTIVITY_ID = "https://lms.example.com/au/xapi-basics-4711";
    /** The learner as the reference player's own tests write it: no objectType, which the AU must not add. */
    public static final String ACTOR = "{\"name\":\"Grace\",\"account\":{\"homePage\":\"https://lms.example.com\",\"name\":\"learner-42\"}}";
    private static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";

    private record Session(String id, String token, String launchData) {
    }

    private final HttpServer server;
    private final Map<String, Session> byFetchPath = new HashMap<>();
    private final Map<String, Session> byToken = new HashMap<>();
    private final Map<String, Boolean> fetched = new HashMap<>();
    private final Map<String, String> stateOfSession = new HashMap<>();
    private final Map<String, Boolean> preferencesRead = new HashMap<>();
    private final Map<String, String> documents = new HashMap<>();
    private final Map<String, String> lastTimestamp = new HashMap<>();
    private final List<Map<?, ?>> statements = Collections.synchronizedList(new ArrayList<>());
    private final List<String> violations = Collections.synchronizedList(new ArrayList<>());
    private final List<String> fetches = Collections.synchronizedList(new ArrayList<>());

    public Cmi5Lms() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePort.find()), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The page the LMS wants learners back on when a session ends. */
    public String returnUrl() {
        return base() + "/return";
    }

    /**
     * Opens a session in {@code launchMode} (with {@code masteryScore}, or null) and returns the URL that launches
     * {@code courseUrl} (the course's index.html) for it.
     */
    public synchronized String launchUrl(String courseUrl, String launchMode, Double masteryScore) {
        int number = byFetchPath.size() + 1;
        Session session = new Session("session-" + number, "dG9rZW4t" + number + "LW9mLWNtaTU=", launchData(number, launchMode, masteryScore));
        byFetchPath.put("/fetch/" + number, session);
        byToken.put(session.token(), session);
        return courseUrl + "?endpoint=" + encode(base() + "/xapi/") + "&fetch=" + encode(base() + "/fetch/" + number)
                + "&actor=" + encode(ACTOR) + "&registration=" + REGISTRATION + "&activityId=" + encode(ACTIVITY_ID);
    }

    private String launchData(int number, String launchMode, Double masteryScore) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contextTemplate", Map.of("contextActivities", Map.of("grouping", List.of(Map.of("id", PUBLISHER_ID))),
                "extensions", Map.of(SESSION_ID, "session-" + number)));
        data.put("launchMode", launchMode);
        if (masteryScore != null) {
            data.put("masteryScore", masteryScore);
        }
        data.put("moveOn", "CompletedAndPassed");
        data.put("returnURL", returnUrl());
        return JsonWriter.write(data);
    }

    /** Every statement stored, in order. */
    public List<Map<?, ?>> statements() {
        synchronized (statements) {
            return new ArrayList<>(statements);
        }
    }

    /** The verbs (display) of the stored statements, in order. */
    public List<String> verbs() {
        List<String> verbs = new ArrayList<>();
        for (Map<?, ?> statement : statements()) {
            verbs.add((String) ((Map<?, ?>) ((Map<?, ?>) statement.get("verb")).get("display")).get("en-US"));
        }
        return verbs;
    }

    /** What the course did that a cmi5 LMS does not allow; empty when it behaved. */
    public List<String> violations() {
        synchronized (violations) {
            return new ArrayList<>(violations);
        }
    }

    /** The fetch URLs posted to, in order (a reload must not post again). */
    public List<String> fetches() {
        synchronized (fetches) {
            return new ArrayList<>(fetches);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
        exchange.getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST, PUT, OPTIONS");
        exchange.getResponseHeaders().set("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Experience-API-Version");
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        byte[] body = exchange.getRequestBody().readAllBytes();
        try {
            if (method.equals("OPTIONS")) {
                reply(exchange, 204, "");
            } else if (path.equals("/return")) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                reply(exchange, 200, "<!DOCTYPE html><title>LMS</title><h1 id=\"lms\">Back in the LMS</h1>");
            } else if (path.startsWith("/fetch/") && method.equals("POST")) {
                fetch(exchange, path);
            } else {
                xapi(exchange, path, method, new String(body, StandardCharsets.UTF_8));
            }
        } catch (Exception e) {
            violations.add("the LMS could not read a request to " + path + ": " + e);
            reply(exchange, 400, "");
        }
    }

    private synchronized void fetch(HttpExchange exchange, String path) throws IOException {
        fetches.add(path);
        Session session = byFetchPath.get(path);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        if (session == null || fetched.put(path, true) != null) {
            reply(exchange, 200, "{\"error-code\": \"1\", \"error-text\": \"The authorization token has already been returned.\"}");
        } else {
            reply(exchange, 200, "{\"auth-token\": \"" + session.token() + "\"}");
        }
    }

    private void xapi(HttpExchange exchange, String path, String method, String body) throws Exception {
        String auth = exchange.getRequestHeaders().getFirst("Authorization");
        Session session = auth == null || !auth.startsWith("Basic ") ? null : byToken.get(auth.substring(6));
        if (session == null) {
            reply(exchange, 401, "");
            return;
        }
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        if (query.containsKey("method")) {
            refuse(exchange, 400, null, "the alternate request syntax (" + method + " " + path + "?method="
                    + query.get("method") + "), which the reference player does not implement");
        } else if ("terminated".equals(stateOfSession.get(session.id()))) {
            refuse(exchange, 403, "8.1.2.0-2", method + " " + path + " after terminated in " + session.id());
        } else if (query.containsKey("agent") && !JsonReader.parse(ACTOR).equals(JsonReader.parse(query.get("agent")))) {
            refuse(exchange, 403, "8.1.3.0-3", "agent " + query.get("agent") + " is not the launch actor");
        } else if (path.equals("/xapi/activities/state") && !REGISTRATION.equals(query.get("registration"))) {
            refuse(exchange, 403, "8.1.4.0-3", "registration " + query.get("registration"));
        } else if (path.equals("/xapi/activities/state") && !"LMS.LaunchData".equals(query.get("stateId"))) {
            document(exchange, method, query, body);
        } else if (path.equals("/xapi/activities/state") && method.equals("GET")) {
            boolean ours = "LMS.LaunchData".equals(query.get("stateId")) && ACTIVITY_ID.equals(query.get("activityId"));
            reply(exchange, ours ? 200 : 404, ours ? session.launchData() : "");
        } else if (path.equals("/xapi/agents/profile") && method.equals("GET")) {
            preferencesRead.put(session.id(), true);
            reply(exchange, 200, "{\"languagePreference\": \"en-US\", \"audioPreference\": \"on\"}");
        } else if (path.equals("/xapi/statements") && method.equals("POST")) {
            store(exchange, session, (List<?>) JsonReader.parse(body));
        } else {
            reply(exchange, 404, "");
        }
    }

    /** Refuses a request as the reference player does (a JSON body naming the rule), and records it. */
    private void refuse(HttpExchange exchange, int status, String rule, String detail) throws IOException {
        violations.add("refused" + (rule == null ? "" : ", cmi5 rule " + rule) + ": " + detail);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("statusCode", status);
        answer.put("message", (rule == null ? "" : rule + " - ") + detail);
        if (rule != null) {
            answer.put("violatedReqId", rule);
        }
        reply(exchange, status, JsonWriter.write(answer));
    }

    /** The AU's own State API documents (its saved attempt): PUT keeps one, GET gives it back. */
    private synchronized void document(HttpExchange exchange, String method, Map<String, String> query, String body)
            throws IOException {
        String key = query.get("activityId") + " " + query.get("agent") + " " + query.get("registration") + " " + query.get("stateId");
        if (method.equals("PUT")) {
            documents.put(key, body);
            reply(exchange, 204, "");
        } else {
            String document = documents.get(key);
            reply(exchange, document == null ? 404 : 200, document == null ? "" : document);
        }
    }

    /** Stores a request's statements, or refuses it whole as the reference player does. */
    private synchronized void store(HttpExchange exchange, Session session, List<?> batch) throws Exception {
        if (!preferencesRead.containsKey(session.id())) {
            refuse(exchange, 403, "11.0.0.0-3", "statements before the learner preferences were read");
            return;
        }
        for (Object item : batch) {
            Map<?, ?> statement = (Map<?, ?>) item;
            String verb = (String) ((Map<?, ?>) statement.get("verb")).get("id");
            if (!JsonReader.parse(ACTOR).equals(statement.get("actor"))) {
                refuse(exchange, 403, "8.1.3.0-3", "actor " + JsonWriter.write(statement.get("actor")) + " of "
                        + statement.get("id") + " is not the launch actor");
                return;
            }
            if (stateOfSession.containsKey(session.id()) && verb.endsWith("/initialized")) {
                refuse(exchange, 403, "9.3.0.0-2", "a second initialized in " + session.id() + " ("
                        + statement.get("id") + ")");
                return;
            }
            if (!stateOfSession.containsKey(session.id()) && !verb.endsWith("/initialized")) {
                refuse(exchange, 403, "9.3.0.0-4", "The \"Initialized\" verb MUST be the first statement ("
                        + statement.get("id") + ")");
                return;
            }
        }
        for (Object item : batch) {
            Map<?, ?> statement = (Map<?, ?>) item;
            check(session, statement);
            statements.add(statement);
        }
        for (Object item : batch) {
            String verb = (String) ((Map<?, ?>) ((Map<?, ?>) item).get("verb")).get("id");
            stateOfSession.put(session.id(), verb.endsWith("/terminated") ? "terminated" : "going");
        }
        reply(exchange, 200, "[]");
    }

    private void check(Session session, Map<?, ?> statement) {
        String id = (String) statement.get("id");
        for (String problem : StatementValidator.validate(statement)) {
            violations.add(id + ": " + problem);
        }
        String verb = (String) ((Map<?, ?>) statement.get("verb")).get("id");
        Map<?, ?> context = (Map<?, ?>) statement.get("context");
        Map<?, ?> activities = context == null ? Map.of() : (Map<?, ?>) context.get("contextActivities");
        Map<?, ?> extensions = context == null ? Map.of() : (Map<?, ?>) context.get("extensions");
        if (context == null || !REGISTRATION.equals(context.get("registration"))) {
            violations.add(id + ": not in the registration " + REGISTRATION);
        }
        if (extensions == null || !session.id().equals(extensions.get(SESSION_ID))) {
            violations.add(id + ": without the session id " + session.id());
        }
        if (activities == null || !String.valueOf(activities.get("grouping")).contains(PUBLISHER_ID)) {
            violations.add(id + ": without the publisher id in grouping");
        }
        boolean defined = activities != null && String.valueOf(activities.get("category")).contains(CMI5);
        if (defined && !ACTIVITY_ID.equals(((Map<?, ?>) statement.get("object")).get("id"))) {
            violations.add(id + ": a cmi5 defined statement about another object than the AU");
        }
        if (defined) {
            checkResult(id, verb.substring(verb.lastIndexOf('/') + 1), (Map<?, ?>) statement.get("result"),
                    String.valueOf(activities.get("category")).contains("categories/moveon"));
        }
        String timestamp = (String) statement.get("timestamp");
        String previous = lastTimestamp.put(session.id(), timestamp);
        if (previous != null && previous.compareTo(timestamp) >= 0) {
            violations.add(id + ": timestamp " + timestamp + " not after the previous statement's " + previous);
        }
    }

    /** cmi5 9.5 and 9.6.2.2: which result members each defined verb carries, and the moveOn category with them. */
    private void checkResult(String id, String verb, Map<?, ?> result, boolean moveOnCategory) {
        Map<?, ?> members = result == null ? Map.of() : result;
        boolean judged = verb.equals("passed") || verb.equals("failed");
        if (judged != members.containsKey("success") || judged && !Boolean.valueOf(verb.equals("passed")).equals(members.get("success"))) {
            violations.add(id + ": " + verb + " with success " + members.get("success"));
        }
        if (verb.equals("completed") != members.containsKey("completion")) {
            violations.add(id + ": " + verb + " with completion " + members.get("completion"));
        }
        if (!judged && members.containsKey("score")) {
            violations.add(id + ": " + verb + " with a score");
        }
        boolean needsDuration = verb.equals("completed") || judged || verb.equals("terminated");
        if (needsDuration && !members.containsKey("duration")) {
            violations.add(id + ": " + verb + " without a duration");
        }
        if (moveOnCategory != (verb.equals("completed") || judged)) {
            violations.add(id + ": " + verb + (moveOnCategory ? " with" : " without") + " the moveOn category");
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> params = new HashMap<>();
        for (String pair : raw == null ? new String[0] : raw.split("&")) {
            int eq = pair.indexOf('=');
            params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return params;
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
