package org.courseruntime.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.launch.LaunchQuery;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;

/**
 * A cmi5 LMS with its LRS, behind the test network (answers come on the next turn of the test clock). Each
 * {@link #launch()} opens a session as an LMS does: a new one-time fetch URL and token, a session id, and
 * {@code LMS.LaunchData} written to the State API; the registration's session still open is abandoned (its token
 * stops working). It refuses what ADL's reference player (CATAPULT) refuses of an AU, and answers as it does (HTTP
 * 403 with a JSON body naming the rule in {@code violatedReqId}; 401 for an unknown token; 403 without a rule for an
 * abandoned session): a second POST to a fetch URL (error-code 1), an {@code actor} or {@code agent} that is not the
 * launch actor as JSON (8.1.3.0-3), a State request of another registration (8.1.4.0-3), statements before the learner
 * preferences were read (11.0.0.0-3), a statement before a request holding "initialized" was stored (9.3.0.0-4, judged
 * per request), a second "initialized" (9.3.0.0-2), and any request after "terminated" (8.1.2.0-2). A refused
 * request stores nothing; every refusal is also a {@linkplain #violations() violation}.
 */
public final class FakeCmi5Lms implements HttpClient {
    public static final String ENDPOINT = "https://lms.example.com/xapi/";
    public static final String ACTIVITY_ID = "https://lms.example.com/au/7f3e";
    public static final String PUBLISHER_ID = "https://courses.example.com/safe-lifting";
    public static final String REGISTRATION = "760e3480-ba55-4991-94b0-01820dbd23a2";
    /** The learner as the reference player's own tests write it: no objectType, which the AU must not add. */
    public static final String ACTOR = "{\"name\":\"Ada\",\"account\":{\"homePage\":\"https://lms.example.com\",\"name\":\"u-17\"}}";

    private final ManualClock clock;
    private final Map<String, String> tokenOfFetchUrl = new HashMap<>();
    private final Set<String> fetched = new HashSet<>();
    private final Map<String, String> sessionOfToken = new HashMap<>();
    private final Set<String> terminatedSessions = new HashSet<>();
    private final Set<String> initializedSessions = new HashSet<>();
    private final Set<String> preferencesRead = new HashSet<>();
    private final Set<String> abandonedSessions = new HashSet<>();
    private final List<Map<?, ?>> statements = new ArrayList<>();
    private final List<HttpRequest> requests = new ArrayList<>();
    private final Map<String, String> documents = new HashMap<>();
    private final List<String> violations = new ArrayList<>();
    private static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    private String launchData;
    /** The launch mode, mastery score and returnURL the next {@link #launch()} writes into LMS.LaunchData. */
    public String launchMode = "Normal";
    public Double masteryScore;
    public String returnUrl = "https://lms.example.com/course/12";
    /** When true, the LRS answers statement requests with 503 (it stores none). */
    public boolean statementsDown;
    /** The learner's preferences document, or {@code null} for none (404). */
    public String preferences = "{\"languagePreference\": \"de-CH,en-US\", \"audioPreference\": \"off\"}";

    public FakeCmi5Lms(ManualClock clock) {
        this.clock = clock;
    }

    /** Opens a new session of the same registration; returns the launch URL's query string. */
    public String launch() {
        for (String open : sessionOfToken.values()) {
            if (!terminatedSessions.contains(open)) {
                abandonedSessions.add(open);
            }
        }
        int session = tokenOfFetchUrl.size() + 1;
        String fetchUrl = "https://lms.example.com/cmi5/fetch?session=" + session;
        String token = token(session);
        tokenOfFetchUrl.put(fetchUrl, token);
        sessionOfToken.put(token, "session-" + session);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("contextTemplate", Map.of(
                "contextActivities", Map.of("grouping", List.of(Map.of("id", PUBLISHER_ID))),
                "extensions", Map.of(SESSION_ID, "session-" + session)));
        data.put("launchMode", launchMode);
        if (masteryScore != null) {
            data.put("masteryScore", masteryScore);
        }
        data.put("moveOn", "CompletedAndPassed");
        data.put("returnURL", returnUrl);
        launchData = JsonWriter.write(data);
        return "?endpoint=" + encode(ENDPOINT) + "&fetch=" + encode(fetchUrl) + "&actor=" + encode(ACTOR)
                + "&registration=" + REGISTRATION + "&activityId=" + encode(ACTIVITY_ID);
    }

    /** The auth token of session {@code session} (from 1). */
    public static String token(int session) {
        return "c2Vzc2lvbi10b2tlbg" + session;
    }

    /** Replaces the LMS.LaunchData document (to test what the course does with a broken one). */
    public void launchData(String json) {
        launchData = json;
    }

    /** Every statement the LRS stored, in order. */
    public List<Map<?, ?>> statements() {
        return statements;
    }

    /** The verbs' displays of the stored statements, in order. */
    public List<String> verbs() {
        List<String> verbs = new ArrayList<>();
        for (Map<?, ?> statement : statements) {
            verbs.add(Statements.verb(statement));
        }
        return verbs;
    }

    /** Every request the course made, in order. */
    public List<HttpRequest> requests() {
        return requests;
    }

    @Override
    public void send(HttpRequest request, Callback callback) {
        requests.add(request);
        HttpResponse response = answer(request);
        clock.schedule(0, () -> callback.onResponse(response));
    }

    private HttpResponse answer(HttpRequest request) {
        String url = request.url();
        if (tokenOfFetchUrl.containsKey(url)) {
            if (!request.method().equals("POST")) {
                return new HttpResponse(405, null, "");
            }
            return new HttpResponse(200, null, fetched.add(url)
                    ? "{\"auth-token\": \"" + tokenOfFetchUrl.get(url) + "\"}"
                    : "{\"error-code\": \"1\", \"error-text\": \"The authorization token has already been returned.\"}");
        }
        String auth = request.headers().get("Authorization");
        String session = auth == null ? null : sessionOfToken.get(auth.substring("Basic ".length()));
        if (session == null) {
            return new HttpResponse(401, null, "");
        }
        if (abandonedSessions.contains(session)) {
            violations.add(request.method() + " " + url + " refused: session " + session + " was abandoned");
            return new HttpResponse(403, null, "{\"statusCode\":403,\"error\":\"Forbidden\",\"message\":\"Session abandoned\"}");
        }
        if (terminatedSessions.contains(session)) {
            return refuse("8.1.2.0-2", "request after terminated in " + session);
        }
        try {
            Map<String, String> query = LaunchQuery.parse(url.substring(url.indexOf('?') + 1));
            if (query.containsKey("agent") && !JsonReader.parse(ACTOR).equals(JsonReader.parse(query.get("agent")))) {
                return refuse("8.1.3.0-3", "agent " + query.get("agent") + " is not the launch actor");
            }
            if (url.startsWith(ENDPOINT + "activities/state?") && !REGISTRATION.equals(query.get("registration"))) {
                return refuse("8.1.4.0-3", "registration " + query.get("registration"));
            }
            if (url.startsWith(ENDPOINT + "activities/state?") && !"LMS.LaunchData".equals(query.get("stateId"))) {
                return document(request, query);
            }
            if (url.startsWith(ENDPOINT + "activities/state?")) {
                boolean matches = "LMS.LaunchData".equals(query.get("stateId")) && ACTIVITY_ID.equals(query.get("activityId"));
                return matches ? new HttpResponse(200, null, launchData) : new HttpResponse(404, null, "");
            }
            if (url.startsWith(ENDPOINT + "agents/profile?")) {
                boolean matches = "cmi5LearnerPreferences".equals(query.get("profileId"));
                preferencesRead.add(session);
                return matches && preferences != null ? new HttpResponse(200, null, preferences) : new HttpResponse(404, null, "");
            }
            if (url.equals(ENDPOINT + "statements") && request.method().equals("POST")) {
                return storeStatements(session, (List<?>) JsonReader.parse(request.body()));
            }
        } catch (Exception e) {
            throw new AssertionError("The course sent a request the LMS cannot read: " + url, e);
        }
        return new HttpResponse(404, null, "");
    }

    /** Refuses a request as the reference player does, and records it as a violation. */
    private HttpResponse refuse(String rule, String detail) {
        violations.add("refused, cmi5 rule " + rule + ": " + detail);
        return new HttpResponse(403, null, "{\"statusCode\":403,\"error\":\"Forbidden\",\"message\":\"" + rule + " - "
                + detail.replace("\"", "'") + "\",\"violatedReqId\":\"" + rule + "\"}");
    }

    /** The AU's own State API documents: PUT keeps one, GET gives it back. */
    private HttpResponse document(HttpRequest request, Map<String, String> query) {
        String key = query.get("activityId") + " " + query.get("agent") + " " + query.get("registration") + " " + query.get("stateId");
        if (request.method().equals("PUT")) {
            documents.put(key, request.body());
            return new HttpResponse(204, null, "");
        }
        String document = documents.get(key);
        return document == null ? new HttpResponse(404, null, "") : new HttpResponse(200, null, document);
    }

    /** What the course sent that this LMS must not accept; a test ends by checking it is empty. */
    public List<String> violations() {
        return violations;
    }

    private HttpResponse storeStatements(String session, List<?> batch) throws JsonSyntaxException {
        if (statementsDown) {
            return new HttpResponse(503, null, "");
        }
        for (Object statement : batch) {
            Object sent = Statements.at((Map<?, ?>) statement, "context.extensions");
            if (!(sent instanceof Map<?, ?> extensions) || !session.equals(extensions.get(SESSION_ID))) {
                violations.add(((Map<?, ?>) statement).get("id") + " sent with the token of " + session + " but not of it");
            }
        }
        if (!preferencesRead.contains(session)) {
            return refuse("11.0.0.0-3", "statements before the learner preferences were read");
        }
        for (Object statement : batch) {
            Map<?, ?> sent = (Map<?, ?>) statement;
            boolean initialized = "initialized".equals(Statements.verb(sent));
            if (!JsonReader.parse(ACTOR).equals(sent.get("actor"))) {
                return refuse("8.1.3.0-3", "actor " + JsonWriter.write(sent.get("actor")) + " is not the launch actor");
            }
            if (initialized && initializedSessions.contains(session)) {
                return refuse("9.3.0.0-2", "a second initialized in " + session);
            }
            if (!initialized && !initializedSessions.contains(session)) {
                return refuse("9.3.0.0-4", "the \"Initialized\" verb MUST be the first statement (" + sent.get("id") + ")");
            }
        }
        for (Object statement : batch) {
            if ("initialized".equals(Statements.verb((Map<?, ?>) statement))) {
                initializedSessions.add(session);
            }
        }
        for (Object statement : batch) {
            statements.add((Map<?, ?>) statement);
            if ("terminated".equals(Statements.verb((Map<?, ?>) statement))) {
                terminatedSessions.add(session);
            }
        }
        return new HttpResponse(200, null, "[]");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
