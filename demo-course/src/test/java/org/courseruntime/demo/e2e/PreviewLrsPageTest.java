package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.junit.jupiter.api.Test;

/** The preview LRS's page updates by itself and shows what courses send as text, never as markup. */
class PreviewLrsPageTest {
    private static final String STATEMENT = "{\"id\": \"%s\", \"actor\": {\"name\": \"<b>Ada</b>\", \"mbox\": \"mailto:ada@example.com\"},"
            + " \"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/answered\", \"display\": {\"en-US\": \"answered\"}},"
            + " \"object\": {\"id\": \"https://courses.example.com/c/q\", \"definition\": {\"name\": {\"en-US\": \"%s\"}}},"
            + " \"result\": {\"success\": false, \"response\": \"%s\"},"
            + " \"context\": {\"registration\": \"3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a6b\"}}";

    private static void post(PreviewLrs lrs, String statement) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(lrs.endpoint() + "statements"))
                .header("Content-Type", "application/json").header("X-Experience-API-Version", "1.0.3")
                .POST(HttpRequest.BodyPublishers.ofString(statement)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
    }

    @Test
    void statementsAppearAsTheyArriveAsTextWithAPictureOfTheAttempt() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null); LearnerBrowser browser = new LearnerBrowser()) {
            post(lrs, STATEMENT.formatted("3f2b8c1e-5d4a-4e6f-9a0b-000000000001", "<img src=x onerror=window.hacked=1>", "a"));
            browser.open(lrs.viewerUrl());
            browser.waitUntil("document.querySelectorAll('#statements tr.statement').length === 1", 10_000);

            post(lrs, STATEMENT.formatted("3f2b8c1e-5d4a-4e6f-9a0b-000000000002", "Second", "<script>window.hacked=2</script>"));
            browser.waitUntil("document.querySelectorAll('#statements tr.statement').length === 2", 10_000);

            assertEquals("2 statement(s) received. This page updates by itself.", browser.visibleText("count"));
            String rows = browser.visibleText("statements");
            assertTrue(rows.contains("<img src=x onerror=window.hacked=1>"), rows);
            assertTrue(rows.contains("response \"<script>window.hacked=2</script>\""), rows);
            assertTrue(rows.contains("<b>Ada</b>"), rows);
            assertEquals(0.0, ((Number) browser.js("document.querySelectorAll('main img, main script, main b').length")).doubleValue());
            assertEquals(true, browser.js("window.hacked === undefined"));
            assertTrue(browser.visibleText("attempts").contains("✗✗"), browser.visibleText("attempts"));
            assertEquals(List.of(), browser.scriptErrors);
        }
    }

    @Test
    void anLrsThatReceivedNothingSaysSoAndOffersNoExportYet() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null); LearnerBrowser browser = new LearnerBrowser()) {
            browser.open(lrs.viewerUrl());
            browser.waitUntil("document.getElementById('count').textContent.indexOf('0 statement') === 0", 10_000);

            assertEquals(false, browser.js("document.getElementById('export-csv').hidden"), "an empty export once loaded");
            assertEquals(List.of(), browser.scriptErrors);
        }
    }
}
