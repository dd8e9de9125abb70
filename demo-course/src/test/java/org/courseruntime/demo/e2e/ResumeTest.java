package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.json.JsonReader;
import org.courseruntime.lrs.Credentials;
import org.junit.jupiter.api.Test;

/**
 * The learner comes back, after a reload or on another device: the demo course reopens where they were, with what
 * they did still counted, and nothing already sent is sent again. The attempt travels through the preview LRS's
 * State API.
 */
class ResumeTest {
    private static final Credentials LAP = new Credentials("demo-lap", "demo-password");
    private static final String REGISTRATION = "0e7d4c2a-91b3-4f6e-8a5d-3c2b1a0f9e8d";
    private static final String ACTOR = "{\"name\": \"Lin\", \"mbox\": \"mailto:lin@example.com\"}";
    private static final String READY = "window.courseRuntime && courseRuntime.status().state === 'saved'";

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aReloadInTheMiddleReopensAtTheSamePageAndSendsNothingAgain() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, LAP.authorizationHeader(), null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "demo-lap", "demo-password"));
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil(READY + " && courseRuntime.status().confirmed === 3", 20_000);
            learner.click("#next");
            learner.click("#next");
            learner.click("form[data-question='q-actor'] input[value='true']");
            DemoCoursePlayer.submit(learner, "q-actor", "Correct.");
            learner.click("#next");
            learner.waitUntil(READY, 20_000);
            int sent = lrs.statements().size();
            Object progress = learner.js("courseRuntime.progress()");

            learner.open(course.url());
            learner.waitUntil("document.getElementById('page-title').textContent === 'Verbs from the ADL vocabulary'", 20_000);
            learner.idle(1_000);

            assertEquals(sent, lrs.statements().size(), "nothing resent after the reload");
            assertEquals(progress, learner.js("courseRuntime.progress()"), "what was done before the reload still counts");
            assertEquals(List.of(), learner.scriptErrors);
        }
    }

    @Test
    void aFinishedAttemptShowsItsResultAfterAReloadInsteadOfFinishingAgain() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, LAP.authorizationHeader(), null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "demo-lap", "demo-password"));
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil(READY, 20_000);
            learner.click("#toc li:last-child button");
            learner.click("#finish");
            learner.click("#finish-anyway");
            assertEquals("Failed", learner.js("document.querySelector(\"dd[data-row='result']\").textContent"));
            learner.waitUntil(READY, 20_000);
            int sent = lrs.statements().size();

            learner.open(course.url());
            learner.waitUntil(READY, 20_000);
            learner.click("#toc li:last-child button");

            assertEquals("Failed", learner.js("document.querySelector(\"dd[data-row='result']\").textContent"),
                    "the finished attempt's result, at once");
            assertEquals(true, learner.js("document.getElementById('finish').hidden"), "no second finish offered");
            assertEquals(true, learner.js("document.getElementById('finish-confirmation').hidden"));
            assertEquals(false, learner.js("document.getElementById('retake').hidden"));
            learner.idle(1_000);
            assertEquals(sent, lrs.statements().size(), "nothing sent again");
            assertEquals(List.of(), learner.scriptErrors);
        }
    }

    @Test
    void anotherDeviceOfTheSameLearnerAndRegistrationContinuesTheAttempt() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, LAP.authorizationHeader(), null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings("http://127.0.0.1:9/xAPI/", "n", "n"));
             LearnerBrowser laptop = new LearnerBrowser();
             LearnerBrowser phone = new LearnerBrowser()) {
            String launch = course.url() + "index.html?endpoint=" + encode(lrs.endpoint()) + "&auth="
                    + encode(LAP.authorizationHeader()) + "&actor=" + encode(ACTOR) + "&registration=" + REGISTRATION;
            laptop.open(launch);
            laptop.waitUntil(READY, 20_000);
            DemoCoursePlayer.answerEverythingRight(laptop);
            laptop.waitUntil(READY, 20_000);
            laptop.idle(3_000); // the attempt goes to the State API after a 2 s pause
            int sent = lrs.statements().size();
            Map<?, ?> saved = savedAttempt(lrs);
            assertEquals("q-confidence", saved.get("position"));

            phone.open(launch);
            phone.waitUntil("document.getElementById('page-title').textContent === 'Your confidence'", 20_000);
            phone.idle(1_000);
            assertEquals(13.0, ((Number) phone.js("document.querySelectorAll('#toc .done').length")).doubleValue(),
                    "every page done on the laptop is ticked on the phone");
            phone.click("#next");
            phone.click("#finish");

            assertEquals("Passed", phone.js("document.querySelector(\"dd[data-row='result']\").textContent"),
                    "the laptop's answers count on the phone");
            phone.waitUntil(READY, 20_000);
            assertEquals(sent + 1, lrs.statements().size(), "only passed is new: nothing of the laptop's is resent");
        }
    }

    /** The demo course's saved attempt, read from the preview LRS's State API as an LMS would. */
    private static Map<?, ?> savedAttempt(PreviewLrs lrs) throws Exception {
        String url = lrs.endpoint() + "activities/state?stateId=courseruntime.attempt&activityId="
                + encode("https://courses.example.com/xapi-in-ten-minutes") + "&agent="
                + encode("{\"objectType\":\"Agent\",\"name\":\"Lin\",\"mbox\":\"mailto:lin@example.com\"}") + "&registration=" + REGISTRATION;
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", LAP.authorizationHeader()).header("X-Experience-API-Version", "1.0.3").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return (Map<?, ?>) JsonReader.parse(response.body());
    }
}
