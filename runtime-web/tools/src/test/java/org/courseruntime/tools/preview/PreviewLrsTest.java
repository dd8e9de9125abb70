package org.courseruntime.tools.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.lrs.Credentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PreviewLrsTest {
    private static final String AUTH = new Credentials("demo-lap", "demo-password").authorizationHeader();
    private static final String STATEMENT = "{\"id\": \"%s\", \"actor\": {\"mbox\": \"mailto:ada@example.com\"},"
            + " \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/attempted\", \"display\": {\"en-US\": \"started\"}},"
            + " \"object\": {\"id\": \"https://courses.example.com/c\", \"definition\": {\"name\": {\"en-US\": \"%s\"}}}}";
    private static final String ID_1 = "3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a61";
    private static final String ID_2 = "3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a62";

    private final HttpClient http = HttpClient.newHttpClient();
    private PreviewLrs lrs;

    @BeforeEach
    void start() throws Exception {
        lrs = new PreviewLrs(0, AUTH, null);
    }

    @AfterEach
    void stop() {
        lrs.close();
    }

    private HttpResponse<String> post(String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lrs.endpoint() + "statements"))
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", "1.0.3")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void storesABatchAndAnswersWithTheIds() throws Exception {
        HttpResponse<String> response = post("[" + STATEMENT.formatted(ID_1, "One") + "," + STATEMENT.formatted(ID_2, "Two") + "]", AUTH);

        assertEquals(200, response.statusCode());
        assertEquals(List.of(ID_1, ID_2), JsonReader.parse(response.body()));
        assertEquals(List.of(ID_2, ID_1), lrs.statements().stream().map(s -> s.get("id")).toList());
        assertTrue(((String) lrs.statements().get(0).get("stored")).endsWith("Z"));
    }

    @Test
    void acceptsTheAlternateRequestSyntaxThatABeaconCarries() throws Exception {
        String form = "content=" + java.net.URLEncoder.encode("[" + STATEMENT.formatted(ID_1, "One") + "]", java.nio.charset.StandardCharsets.UTF_8)
                + "&Authorization=" + java.net.URLEncoder.encode(AUTH, java.nio.charset.StandardCharsets.UTF_8)
                + "&X-Experience-API-Version=1.0.3&Content-Type=application%2Fjson";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(lrs.endpoint() + "statements?method=POST"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertEquals(List.of(ID_1), lrs.statements().stream().map(s -> s.get("id")).toList());
    }

    @Test
    void refusesAWrongPasswordOrNoneWith401() throws Exception {
        assertEquals(401, post(STATEMENT.formatted(ID_1, "One"), new Credentials("demo-lap", "guess").authorizationHeader()).statusCode());
        assertEquals(401, post(STATEMENT.formatted(ID_1, "One"), null).statusCode());
        assertEquals(List.of(), lrs.statements());
    }

    @Test
    void refusesAWholeBatchWhenOneStatementIsInvalidAndSaysWhy() throws Exception {
        HttpResponse<String> response = post("[" + STATEMENT.formatted(ID_1, "One") + ","
                + STATEMENT.formatted(ID_2, "Two").replaceFirst("}$", ", \"result\": {\"duration\": \"P1DT\"}}") + "]", AUTH);

        assertEquals(400, response.statusCode());
        assertEquals("Invalid statement: statements[1] statement.result.duration: must be an ISO 8601 duration such as PT1M30.5S",
                ((Map<?, ?>) JsonReader.parse(response.body())).get("message"));
        assertEquals(List.of(), lrs.statements());
    }

    @Test
    void aResendOfTheSameStatementIsKeptOnceAndADifferentOneWithItsIdIsAConflict() throws Exception {
        assertEquals(200, post(STATEMENT.formatted(ID_1, "One"), AUTH).statusCode());
        assertEquals(200, post(STATEMENT.formatted(ID_1, "One"), AUTH).statusCode());
        assertEquals(409, post(STATEMENT.formatted(ID_1, "Changed"), AUTH).statusCode());

        assertEquals(1, lrs.statements().size());
    }

    @Test
    void answersTheCorsPreflightOfACourseOnAnotherOrigin() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(lrs.endpoint() + "statements"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://127.0.0.1:8100")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,x-experience-api-version")
                .build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(204, response.statusCode());
        assertEquals("http://127.0.0.1:8100", response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        assertEquals("Authorization, Content-Type, X-Experience-API-Version",
                response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow());
    }

    private HttpResponse<String> state(String method, String query, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(lrs.endpoint() + "activities/state?" + query))
                .header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String stateQuery(String stateId) {
        return "activityId=" + java.net.URLEncoder.encode("https://courses.example.com/c", java.nio.charset.StandardCharsets.UTF_8)
                + "&agent=" + java.net.URLEncoder.encode("{\"mbox\":\"mailto:ada@example.com\"}", java.nio.charset.StandardCharsets.UTF_8)
                + "&registration=" + ID_1 + "&stateId=" + stateId;
    }

    @Test
    void theStateApiStoresMergesReturnsAndDeletesADocument() throws Exception {
        assertEquals(204, state("PUT", stateQuery("resume"), "{\"page\": \"q-zone\", \"answers\": 2}", AUTH).statusCode());
        assertEquals(204, state("POST", stateQuery("resume"), "{\"answers\": 3}", AUTH).statusCode());

        HttpResponse<String> got = state("GET", stateQuery("resume"), null, AUTH);
        assertEquals(200, got.statusCode());
        assertEquals(Map.of("page", "q-zone", "answers", 3.0), JsonReader.parse(got.body()));
        assertEquals(404, state("GET", stateQuery("other"), null, AUTH).statusCode());
        assertEquals(204, state("DELETE", stateQuery("resume"), null, AUTH).statusCode());
        assertEquals(404, state("GET", stateQuery("resume"), null, AUTH).statusCode());
    }

    @Test
    void theStateApiKnowsALearnerByTheirIdentifierNotByHowTheAgentIsWritten() throws Exception {
        assertEquals(204, state("PUT", stateQuery("resume"), "{\"page\": \"q-zone\"}", AUTH).statusCode());
        String sameLearner = stateQuery("resume").replace(java.net.URLEncoder.encode("{\"mbox\":\"mailto:ada@example.com\"}",
                java.nio.charset.StandardCharsets.UTF_8), java.net.URLEncoder.encode(
                "{\"objectType\": \"Agent\", \"name\": \"Ada\", \"mbox\": \"mailto:ada@example.com\"}",
                java.nio.charset.StandardCharsets.UTF_8));
        String otherLearner = stateQuery("resume").replace("ada%40example.com", "bo%40example.com");

        assertEquals(200, state("GET", sameLearner, null, AUTH).statusCode());
        assertEquals(404, state("GET", otherLearner, null, AUTH).statusCode());
    }

    @Test
    void theStateApiNeedsCredentialsAndValidParameters() throws Exception {
        assertEquals(401, state("GET", stateQuery("resume"), null, null).statusCode());
        HttpResponse<String> bad = state("GET", stateQuery("resume").replace("registration=" + ID_1, "registration=attempt-1"), null, AUTH);
        assertEquals(400, bad.statusCode());
        assertEquals("registration must be a UUID", ((Map<?, ?>) JsonReader.parse(bad.body())).get("message"));
    }

    @Test
    void keepsStatementsAndStateAcrossARestart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws Exception {
        lrs.close();
        lrs = new PreviewLrs(0, AUTH, data);
        post(STATEMENT.formatted(ID_1, "One"), AUTH);
        state("PUT", stateQuery("resume"), "{\"page\": 3}", AUTH);
        lrs.close();

        lrs = new PreviewLrs(0, AUTH, data);

        assertEquals(List.of(ID_1), lrs.statements().stream().map(s -> s.get("id")).toList());
        assertEquals(200, post(STATEMENT.formatted(ID_1, "One"), AUTH).statusCode(), "a resend after the restart is idempotent");
        assertEquals(409, post(STATEMENT.formatted(ID_1, "Changed"), AUTH).statusCode());
        assertEquals("{\"page\": 3}", state("GET", stateQuery("resume"), null, AUTH).body());
    }

    @Test
    void anAccountLearnersStateIsFoundAfterARestartHoweverTheAgentIsWrittenAndSoIsOneSavedByAnOlderPreview(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path data) throws Exception {
        String byAccount = stateQuery("resume").replace(encode("{\"mbox\":\"mailto:ada@example.com\"}"),
                encode("{\"account\": {\"homePage\": \"https://lms.example.com\", \"name\": \"u-17\"}}"));
        String sameAccountOtherwiseWritten = stateQuery("resume").replace(encode("{\"mbox\":\"mailto:ada@example.com\"}"),
                encode("{\"name\": \"Ada\", \"account\": {\"name\": \"u-17\", \"homePage\": \"https://lms.example.com\"}}"));
        java.nio.file.Files.writeString(data.resolve("state.json"), JsonWriter.write(Map.of(
                "https://courses.example.com/c\n{\"mbox\":\"mailto:bo@example.com\"}\n" + ID_1 + "\nresume",
                Map.of("contentType", "application/json", "content", java.util.Base64.getEncoder().encodeToString(
                        "{\"page\": 5}".getBytes(java.nio.charset.StandardCharsets.UTF_8))))));
        lrs.close();
        lrs = new PreviewLrs(0, AUTH, data);
        state("PUT", byAccount, "{\"page\": 4}", AUTH);
        lrs.close();

        lrs = new PreviewLrs(0, AUTH, data);

        assertEquals("{\"page\": 4}", state("GET", sameAccountOtherwiseWritten, null, AUTH).body());
        assertEquals("{\"page\": 5}", state("GET", stateQuery("resume").replace("ada%40example.com", "bo%40example.com"),
                null, AUTH).body(), "a document saved with the agent as sent, by the preview before");
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
