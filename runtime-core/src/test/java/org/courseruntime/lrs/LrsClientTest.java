package org.courseruntime.lrs;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.testing.TestEnvironment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The chain every request to an LRS or LMS goes through ({@link LrsClient}, {@link LrsCall}): seen from the server
 * (which requests arrive, with which headers, how many and when) and from the sender (what its {@link LrsReply} is
 * told). The network is scripted: each request waits until the test answers it, and time moves only when the test
 * advances the clock, so every retry and delay is observable.
 */
class LrsClientTest {
    private static final String ENDPOINT = "https://lrs.example.com/xapi/";
    private static final String STATEMENTS = ENDPOINT + "statements";
    private static final String FETCH_URL = "https://lms.example.com/cmi5/fetch?token=abc";
    private static final String BODY = "[{\"id\":\"00000000-0000-4000-8000-000000000001\"}]";
    private static final Credentials CREDENTIALS = new Credentials("lap-login", "pä55:word");
    /** What RFC 7617 says the Authorization of CREDENTIALS is, computed with the JDK rather than the runtime's Base64. */
    private static final String EXPECTED_AUTHORIZATION =
            "Basic " + java.util.Base64.getEncoder().encodeToString("lap-login:pä55:word".getBytes(UTF_8));
    private static final long HOUR = 3_600_000;

    private final TestEnvironment env = new TestEnvironment();
    /** When each request reached the server, on the test clock, in the order of {@code env.network.sent()}. */
    private final List<Long> arrivals = new ArrayList<>();
    /** The scripted network, noting when each request arrives. */
    private final HttpClient timedNetwork = (request, callback) -> {
        arrivals.add(env.clock.nowMillis());
        env.network.send(request, callback);
    };
    private final Environment environment = env.environment(timedNetwork);
    private final RecordingReply reply = new RecordingReply();

    // ---------------------------------------------------------------------------------------------------------------
    // Helpers

    /** What the sender was told, in order. */
    private static final class RecordingReply implements LrsReply {
        record Answer(HttpResponse response, int verdict) {
        }

        record Retry(HttpResponse response, String problem, long delayMillis) {
        }

        final List<Answer> answers = new ArrayList<>();
        final List<String> unanswered = new ArrayList<>();
        final List<Retry> retries = new ArrayList<>();
        /** What {@link #stillWanted()} says. */
        boolean wanted = true;
        int askedIfWanted;

        @Override
        public void answered(HttpResponse response, int verdict) {
            answers.add(new Answer(response, verdict));
        }

        @Override
        public void unanswered(String reason) {
            unanswered.add(reason);
        }

        @Override
        public void retrying(HttpResponse response, String problem, long delayMillis) {
            retries.add(new Retry(response, problem, delayMillis));
        }

        @Override
        public boolean stillWanted() {
            askedIfWanted++;
            return wanted;
        }

        /** The delay the sender was told of the {@code n}th retry (from 1). */
        long delay(int n) {
            return retries.get(n - 1).delayMillis();
        }

        /** The end the sender was told of, once and only once: an answer. */
        Answer onlyAnswer() {
            assertEquals(List.of(), unanswered, "an answered request is not also unanswered");
            assertEquals(1, answers.size(), "the sender hears the end exactly once: " + answers);
            return answers.get(0);
        }

        /** The end the sender was told of, once and only once: no answer. */
        String onlyUnanswered() {
            assertEquals(List.of(), answers, "an unanswered request is not also answered");
            assertEquals(1, unanswered.size(), "the sender hears the end exactly once: " + unanswered);
            return unanswered.get(0);
        }

        boolean toldTheEnd() {
            return !answers.isEmpty() || !unanswered.isEmpty();
        }
    }

    private LrsClient xapiClient(LrsSource source) {
        return LrsClient.xapi(ENDPOINT, CREDENTIALS, source, environment);
    }

    private LrsCall postStatements(LrsClient client, Retries retries) {
        return client.send("POST", STATEMENTS, BODY, retries, reply);
    }

    /** The cmi5 fetch POST: a client with no steps, retried only while no answer came. */
    private LrsCall fetchPost(int tries) {
        return new LrsClient(FETCH_URL, LrsSource.CMI5_LAUNCH, environment)
                .send("POST", FETCH_URL, null, Retries.unansweredUpTo(tries), reply);
    }

    private int requests() {
        return env.network.sent().size();
    }

    private HttpRequest request(int n) {
        return env.network.sent().get(n - 1);
    }

    /** When the {@code n}th request (from 1) reached the server, in milliseconds after the test began. */
    private long arrival(int n) {
        return arrivals.get(n - 1) - TestEnvironment.START_MILLIS;
    }

    private static HttpResponse status(int status) {
        return new HttpResponse(status, null, "");
    }

    private static HttpResponse retryAfter(int status, String retryAfter) {
        return new HttpResponse(status, retryAfter, "");
    }

    /** A cmi5 LMS's refusal naming {@code rule}, as ADL's reference player gives it. */
    private static HttpResponse ruleBreach(String rule) {
        return new HttpResponse(403, null,
                "{\"message\": \"" + rule + " - a statement broke a rule\", \"violatedReqId\": \"" + rule + "\"}");
    }

    /** Advances the clock up to just before the last retry the sender was told of is due, then onto it. */
    private void waitOutTheLastDelay() {
        long delay = reply.retries.get(reply.retries.size() - 1).delayMillis();
        int before = requests();
        env.clock.advance(delay - 1);
        assertEquals(before, requests(), "no retry before the delay the sender was told of");
        env.clock.advance(1);
        assertEquals(before + 1, requests(), "the retry goes when its delay is up");
    }

    /** The fields of a form body, decoded by the JDK (whatever their order). */
    private static Map<String, String> fields(String form) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : form.split("&")) {
            String[] nameAndValue = pair.split("=", 2);
            String name = URLDecoder.decode(nameAndValue[0], UTF_8);
            assertNull(fields.put(name, URLDecoder.decode(nameAndValue[1], UTF_8)), "field " + name + " twice");
        }
        return fields;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. Headers

    @Test
    void aRequestWithABodyCarriesTheContentTypeTheXapiVersionAndTheAuthorization() {
        postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);

        assertEquals(1, requests());
        HttpRequest request = request(1);
        assertEquals("POST", request.method());
        assertEquals(STATEMENTS, request.url());
        assertEquals(BODY, request.body());
        assertEquals(Map.of("Content-Type", "application/json", "X-Experience-API-Version", "1.0.3",
                "Authorization", EXPECTED_AUTHORIZATION), request.headers());
    }

    @Test
    void aGetCarriesNoContentType() {
        xapiClient(LrsSource.PUBLISH_SETTINGS).send("GET", STATEMENTS + "?statementId=x", null, Retries.ONCE, reply);

        assertEquals(Map.of("X-Experience-API-Version", "1.0.3", "Authorization", EXPECTED_AUTHORIZATION),
                request(1).headers());
        assertNull(request(1).body());
    }

    @Test
    void anAuthorizationHandedInAtLaunchGoesOutAsGivenAndNoCredentialsMeansNoAuthorization() {
        LrsClient launched = LrsClient.xapi(ENDPOINT, Credentials.ofAuthorizationHeader("Basic bGF1bmNoOnRva2Vu"),
                LrsSource.TIN_CAN_LAUNCH, environment);
        launched.send("GET", STATEMENTS, null, Retries.ONCE, reply);
        LrsClient anonymous = LrsClient.xapi(ENDPOINT, null, LrsSource.PUBLISH_SETTINGS, environment);
        anonymous.send("GET", STATEMENTS, null, Retries.ONCE, reply);

        assertEquals("Basic bGF1bmNoOnRva2Vu", request(1).headers().get("Authorization"));
        assertEquals(Map.of("X-Experience-API-Version", "1.0.3"), request(2).headers());
        // Credentials must never leak into a log line or error message through toString().
        assertFalse(CREDENTIALS.toString().contains("lap-login"), CREDENTIALS.toString());
    }

    @Test
    void aClientWithNoStepsSendsNoHeadersAtAll() {
        fetchPost(3);

        assertEquals(1, requests());
        assertEquals("POST", request(1).method());
        assertEquals(FETCH_URL, request(1).url());
        assertEquals(Map.of(), request(1).headers(), "the cmi5 fetch POST is a bare request");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. Beacons

    @Test
    void theBeaconFormCarriesTheContentAndTheSameHeadersAsFields() {
        String content = "[{\"id\":\"1\",\"name\":\"a & b = ü\"}]"; // characters that must be form-encoded
        String form = xapiClient(LrsSource.PUBLISH_SETTINGS).beaconForm(content);

        assertEquals(Map.of("content", content, "Content-Type", "application/json", "X-Experience-API-Version", "1.0.3",
                "Authorization", EXPECTED_AUTHORIZATION), fields(form));
    }

    @Test
    void aBeaconGoesOutWhenTheLrsTakesThemAndTheBrowserDoes() {
        LrsClient client = xapiClient(LrsSource.PUBLISH_SETTINGS);
        String form = client.beaconForm(BODY);

        assertTrue(client.beacon(STATEMENTS + "?method=POST", form));

        assertEquals(1, env.beacon.sent.size());
        assertEquals(STATEMENTS + "?method=POST", env.beacon.sent.get(0).url());
        assertEquals(form, env.beacon.sent.get(0).formBody());
        assertEquals(0, requests(), "a beacon is not an HTTP request through the network");

        env.beacon.refuse = true;
        assertFalse(client.beacon(STATEMENTS + "?method=POST", form), "the browser refused it");
    }

    @Test
    void aCmi5LmsTakesNoBeaconsSoNoneIsSent() {
        LrsClient client = xapiClient(LrsSource.CMI5_LAUNCH);

        assertFalse(client.beacon(STATEMENTS + "?method=POST", client.beaconForm(BODY)));

        assertEquals(List.of(), env.beacon.sent);
        assertEquals(0, requests());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3-5. Retries

    @Test
    void untilAnsweredRetriesA503AndANetworkErrorAfterRetryAfterAndThenBackoff() {
        LrsCall call = postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);
        HttpResponse unavailable = retryAfter(503, "7");

        env.network.answer(unavailable);
        assertEquals(1, reply.retries.size());
        assertSame(unavailable, reply.retries.get(0).response(), "the first retry is told the answer");
        assertTrue(reply.retries.get(0).problem().contains("503"), reply.retries.get(0).problem());
        assertTrue(reply.delay(1) >= 7_000, "never sooner than Retry-After: " + reply.delay(1));
        waitOutTheLastDelay();
        assertTrue(arrival(2) >= 7_000, "the server sees the retry no sooner than it asked: " + arrival(2));

        env.network.fail("connection reset");
        assertEquals(2, reply.retries.size());
        assertNull(reply.retries.get(1).response(), "no answer came to the second try");
        assertTrue(reply.retries.get(1).problem().contains("connection reset"), reply.retries.get(1).problem());
        // Second failure in a row: the backoff has doubled, from [0.5 s, 1 s) to [1 s, 2 s).
        assertTrue(reply.delay(2) >= 1_000 && reply.delay(2) < 2_000, "backoff after two failures: " + reply.delay(2));
        waitOutTheLastDelay();
        assertEquals(arrival(2) + reply.delay(2), arrival(3));

        env.network.answer(204, "");

        assertEquals(204, reply.onlyAnswer().response().status());
        assertEquals(Verdict.CONFIRMED, reply.onlyAnswer().verdict());
        assertEquals(2, reply.retries.size());
        assertTrue(call.isOver());
        env.clock.advance(HOUR);
        assertEquals(3, requests(), "nothing more after the answer");
    }

    @Test
    void theBackoffDoublesUpToAMinute() {
        postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);

        for (int failure = 1; failure <= 9; failure++) {
            env.network.fail("offline");
            long ceiling = Math.min(1_000L << (failure - 1), 60_000);
            long delay = reply.delay(failure);
            assertTrue(delay >= ceiling / 2 && delay < ceiling, "failure " + failure + ": " + delay);
            if (failure > 1 && ceiling < 60_000) {
                assertTrue(delay > reply.delay(failure - 1), "the delays grow: " + reply.retries);
            }
            waitOutTheLastDelay();
        }
        assertEquals(10, requests());
        assertFalse(reply.toldTheEnd(), "statements are retried until answered");
    }

    @Test
    void aRetryAfterIsCappedAtAnHour() {
        postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);

        env.network.answer(retryAfter(429, "86400"));

        assertEquals(HOUR, reply.delay(1));
        waitOutTheLastDelay();
    }

    @Test
    void aRetryAfterMayBeAnHttpDate() {
        postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);
        long at = (TestEnvironment.START_MILLIS / 1000 + 30) * 1000; // a whole second about 30 s from now
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.ofEpochMilli(at).atOffset(ZoneOffset.UTC));

        env.network.answer(retryAfter(503, date));

        assertEquals(at - TestEnvironment.START_MILLIS, reply.delay(1), date);
        waitOutTheLastDelay();
        assertEquals(at, arrivals.get(1));
    }

    @Test
    void upToThreeTriesEndsWithTheThird503AsRetry() {
        postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.upTo(3));

        env.network.answer(503, "");
        waitOutTheLastDelay();
        env.network.answer(503, "");
        waitOutTheLastDelay();
        env.network.answer(503, "");

        RecordingReply.Answer answer = reply.onlyAnswer();
        assertEquals(503, answer.response().status());
        assertEquals(Verdict.RETRY, answer.verdict());
        assertEquals(2, reply.retries.size());
        env.clock.advance(HOUR);
        assertEquals(3, requests());
    }

    @Test
    void theFetchPostIsNotRepeatedOnceAnswered() {
        fetchPost(3);

        env.network.answer(500, "");

        RecordingReply.Answer answer = reply.onlyAnswer();
        assertEquals(500, answer.response().status());
        assertEquals(Verdict.RETRY, answer.verdict());
        assertEquals(List.of(), reply.retries);
        env.clock.advance(HOUR);
        assertEquals(1, requests(), "a second POST to the fetch URL would be refused whatever became of the first");
    }

    @Test
    void theFetchPostIsRepeatedWhileNoAnswerCame() {
        fetchPost(3);

        env.network.fail("offline");
        waitOutTheLastDelay();
        env.network.fail("offline");
        waitOutTheLastDelay();
        env.network.answer(200, "{\"auth-token\":\"xyz\"}");

        assertEquals(3, requests());
        assertEquals(Verdict.CONFIRMED, reply.onlyAnswer().verdict());
        assertEquals("{\"auth-token\":\"xyz\"}", reply.onlyAnswer().response().body());
    }

    @Test
    void theFetchPostGivesUpAfterThreeUnansweredTries() {
        fetchPost(3);

        env.network.fail("offline");
        waitOutTheLastDelay();
        env.network.fail("offline");
        waitOutTheLastDelay();
        env.network.fail("timed out");

        assertEquals("timed out", reply.onlyUnanswered());
        assertEquals(2, reply.retries.size());
        env.clock.advance(HOUR);
        assertEquals(3, requests());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 6. Verdicts: a final verdict is told at once and never retried, even under UNTIL_ANSWERED

    /** Sends one statement batch that may be retried forever, answers it with {@code response}, and runs an hour. */
    private int finalVerdictOf(LrsSource source, HttpResponse response) {
        postStatements(xapiClient(source), Retries.UNTIL_ANSWERED);
        env.network.answer(response);
        env.clock.advance(HOUR);
        assertEquals(1, requests(), "a final verdict is not retried");
        assertEquals(List.of(), reply.retries);
        assertSame(response, reply.onlyAnswer().response());
        return reply.onlyAnswer().verdict();
    }

    @ParameterizedTest
    @ValueSource(ints = {400, 409, 413})
    void whatWasSentIsRejected(int status) {
        assertEquals(Verdict.REJECTED, finalVerdictOf(LrsSource.PUBLISH_SETTINGS, status(status)));
    }

    @ParameterizedTest
    @ValueSource(ints = {401, 403})
    void theCredentialsAreRefused(int status) {
        assertEquals(Verdict.AUTH_REFUSED, finalVerdictOf(LrsSource.PUBLISH_SETTINGS, status(status)));
    }

    @Test
    void aCmi5RuleAboutOneStatementRejectsThatStatement() {
        assertEquals(Verdict.REJECTED, finalVerdictOf(LrsSource.CMI5_LAUNCH, ruleBreach("9.3.0.0-1")));
    }

    @Test
    void aCmi5RuleThatEndsTheSessionRefusesTheAuthorization() {
        assertEquals(Verdict.AUTH_REFUSED, finalVerdictOf(LrsSource.CMI5_LAUNCH, ruleBreach("9.3.0.0-4")));
    }

    @Test
    void aCmi5403NamingNoRuleRefusesTheAuthorization() {
        assertEquals(Verdict.AUTH_REFUSED, finalVerdictOf(LrsSource.CMI5_LAUNCH, new HttpResponse(403, null, "Forbidden")));
    }

    @Test
    void onlyACmi5LmsIsReadForItsRules() {
        assertEquals(Verdict.AUTH_REFUSED, finalVerdictOf(LrsSource.PUBLISH_SETTINGS, ruleBreach("9.3.0.0-1")));
    }

    @Test
    void aMissingResourceRefusesTheEndpoint() {
        assertEquals(Verdict.ENDPOINT_REFUSED, finalVerdictOf(LrsSource.PUBLISH_SETTINGS, status(404)));
    }

    @ParameterizedTest
    @ValueSource(ints = {408, 429, 500, 502, 503})
    void passingFailuresAreRetried(int status) {
        LrsCall call = postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);

        env.network.answer(status, "");

        assertFalse(reply.toldTheEnd());
        assertFalse(call.isOver());
        assertEquals(1, reply.retries.size());
        assertEquals(status, reply.retries.get(0).response().status());
        waitOutTheLastDelay();
        assertEquals(request(1), request(2), "the same request goes again");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 7-9. The sender's hold on a call

    @Test
    void nowSendsAWaitingRetryAtOnceAndOnlyOnce() {
        LrsCall call = postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);
        call.now();
        assertEquals(1, requests(), "a call in flight has no retry to hurry");

        env.network.fail("offline");
        call.now(); // the browser is back online

        assertEquals(2, requests());
        assertEquals(arrival(1), arrival(2), "no time passed");
        env.network.answer(200, "[]");
        env.clock.advance(HOUR);
        assertEquals(2, requests(), "the retry that was scheduled does not go as well");
        assertEquals(Verdict.CONFIRMED, reply.onlyAnswer().verdict());
    }

    @Test
    void backOnlineAStatementRequestStartsItsBackoffAgain() {
        LrsCall call = postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);
        for (int failure = 1; failure <= 4; failure++) {
            env.network.fail("offline");
            waitOutTheLastDelay();
        }
        env.network.fail("offline");
        assertTrue(reply.delay(5) >= 8_000, "five failures in a row: " + reply.delay(5));

        call.now(); // back online
        env.network.fail("offline");

        // Counted from zero again: the first delay, [0.5 s, 1 s), not the sixth.
        assertTrue(reply.delay(6) >= 500 && reply.delay(6) < 1_000, "after now(): " + reply.delay(6));
        waitOutTheLastDelay();
    }

    @Test
    void nowGivesALimitedRequestNoExtraTries() {
        LrsCall call = postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.upTo(3));

        env.network.fail("offline");
        call.now();
        env.network.fail("offline");
        call.now();
        env.network.fail("offline");

        assertEquals("offline", reply.onlyUnanswered());
        call.now();
        env.clock.advance(HOUR);
        assertEquals(3, requests(), "three tries in all, however often the browser came back online");
    }

    @Test
    void lastTryOnAWaitingCallSendsOnceMoreAtOnceAndItsFailureIsFinal() {
        LrsCall call = postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);
        env.network.answer(503, "");

        call.lastTry(); // the session ends

        assertEquals(2, requests());
        assertEquals(arrival(1), arrival(2), "no time passed");
        env.network.fail("offline");
        assertEquals("offline", reply.onlyUnanswered());
        assertEquals(1, reply.retries.size(), "no retry after the last try");
        assertTrue(call.isOver());
        env.clock.advance(HOUR);
        assertEquals(2, requests());
    }

    @Test
    void lastTryOnACallInFlightMakesItsAnswerFinal() {
        LrsCall call = postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);

        call.lastTry();
        assertEquals(1, requests(), "the try in flight is the last one");
        env.network.answer(503, "");

        RecordingReply.Answer answer = reply.onlyAnswer();
        assertEquals(503, answer.response().status());
        assertEquals(Verdict.RETRY, answer.verdict());
        assertEquals(List.of(), reply.retries);
        assertTrue(call.isOver());
        env.clock.advance(HOUR);
        assertEquals(1, requests());
    }

    @Test
    void aRetryNoLongerWantedIsNotSentAndTheSenderIsToldSo() {
        LrsCall call = postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);
        env.network.answer(503, "");
        reply.wanted = false; // e.g. the statements were confirmed by another tab meanwhile
        assertEquals(0, reply.askedIfWanted, "asked when the retry is due, not before");

        env.clock.advance(reply.delay(1));

        assertEquals(1, reply.askedIfWanted);
        assertEquals(1, requests(), "a withdrawn request is not sent");
        reply.onlyUnanswered();
        assertTrue(call.isOver());
        env.clock.advance(HOUR);
        assertEquals(1, requests());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 10. A network that answers at once

    @Test
    void aCallAnsweredInsideSendIsOverWhenSendReturns() {
        List<HttpRequest> seen = new ArrayList<>();
        HttpClient immediate = (request, callback) -> {
            seen.add(request);
            callback.onResponse(status(204));
        };
        LrsClient client = LrsClient.xapi(ENDPOINT, CREDENTIALS, LrsSource.PUBLISH_SETTINGS, env.environment(immediate));

        LrsCall call = client.send("PUT", ENDPOINT + "agents/profile?profileId=p", "{}", Retries.UNTIL_ANSWERED, reply);

        assertTrue(call.isOver());
        assertEquals(1, seen.size());
        assertEquals(Verdict.CONFIRMED, reply.onlyAnswer().verdict());
    }

    @Test
    void aCallIsNotOverWhileInFlightOrWaitingToRetry() {
        LrsCall call = postStatements(xapiClient(LrsSource.PUBLISH_SETTINGS), Retries.UNTIL_ANSWERED);
        assertFalse(call.isOver());
        env.network.fail("offline");
        assertFalse(call.isOver());
        waitOutTheLastDelay();
        env.network.answer(200, "[]");
        assertTrue(call.isOver());
    }
}
