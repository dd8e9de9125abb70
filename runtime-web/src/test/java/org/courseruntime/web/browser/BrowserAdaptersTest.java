package org.courseruntime.web.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.publish.PublishStamp;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The browser adapters of runtime-web (XMLHttpRequest, localStorage, the page's lifecycle events, sendBeacon, crypto,
 * the console) in the compiled course-runtime.js, on a course of their own, in HtmlUnit against an LRS on another
 * origin: what the JVM tests of runtime-core, which run on fakes of these ports, cannot see.
 */
class BrowserAdaptersTest {
    private static final Path RUNTIME = Path.of("target/classes/org/courseruntime/web/course-runtime.js");
    private static final String COURSE = """
            {"id": "https://courses.example.com/adapters", "title": {"en-US": "Adapters \u00fcber \ud83c\udf93"}, "language": "en-US",
             "passCriteria": {"minimumScore": 0.5},
             "sections": [{"id": "only", "title": "Only", "pages": [
               {"id": "intro", "type": "content", "title": "Intro"},
               {"id": "q-tf", "type": "question", "title": "True?", "prompt": "Is it true?",
                "interactionType": "true-false", "correct": true}]}]}""";
    private static final String LOGIN = "lap";
    private static final String PASSWORD = "pässwörd";

    private TinyLrs lrs;
    private HttpServer site;
    /** The path of every request the course's site answered. */
    private final List<String> requested = new java.util.concurrent.CopyOnWriteArrayList<>();
    private WebClient browser;
    private HtmlPage page;

    @BeforeEach
    void start() throws IOException {
        lrs = new TinyLrs();
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        site.createContext("/", exchange -> {
            try (exchange) {
                String path = exchange.getRequestURI().getPath();
                requested.add(path);
                boolean script = path.endsWith(".js"); // course-runtime.js, and course-check.js for an unstamped course
                byte[] body = script ? Files.readAllBytes(RUNTIME.resolveSibling(path.substring(path.lastIndexOf('/') + 1)))
                        : pageFor(exchange.getRequestURI().getQuery()).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", script ? "text/javascript" : "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        site.start();
        browser = new WebClient(BrowserVersion.CHROME);
        browser.getOptions().setThrowExceptionOnScriptError(true);
    }

    @AfterEach
    void stop() {
        browser.close();
        site.stop(0);
        lrs.close();
    }

    /**
     * The course page: the runtime, then the course launched and started, stamped as the publisher stamps it;
     * {@code broken} gives a broken course, without a stamp, which course-check.js checks.
     */
    private String pageFor(String query) {
        boolean broken = "broken".equals(query);
        String course = broken ? "{\"id\": \"not an IRI\"}" : COURSE;
        String settings = JsonWriter.write(Map.of("lrs", Map.of("endpoint", lrs.endpoint(), "login", LOGIN,
                "password", PASSWORD), "statements", List.of("started", "progressed", "experienced", "answered",
                "mastered", "passed", "failed")));
        return "<!DOCTYPE html><html><head>" + (broken ? "" : "<meta name=\"course-runtime-stamp\" content=\""
                + PublishStamp.of(course, settings) + "\">") + "<script>window.consoleErrors = []; console.error = function () {"
                + " consoleErrors.push(Array.prototype.join.call(arguments, ' ')); };</script>"
                + "<script src=\"course-runtime.js\"></script></head><body><script>"
                + "window.courseRuntime = CourseRuntime.launch(" + JsonWriter.write(course) + ", "
                + JsonWriter.write(settings) + ", null); courseRuntime.start();</script></body></html>";
    }

    private void open(String query) throws IOException {
        page = browser.getPage("http://127.0.0.1:" + site.getAddress().getPort() + "/index.html"
                + (query == null ? "" : "?" + query));
    }

    private Object js(String expression) {
        return page.executeJavaScript(expression).getJavaScriptResult();
    }

    private void waitUntil(String condition) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!Boolean.TRUE.equals(js("!!(" + condition + ")"))) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Still not true: " + condition + "; status "
                        + js("JSON.stringify(courseRuntime.status())") + "; console errors " + consoleErrors());
            }
            browser.waitForBackgroundJavaScript(50);
        }
    }

    /** What the page wrote with console.error, as the page's own first script records it. */
    private List<String> consoleErrors() {
        try {
            return ((List<?>) JsonReader.parse((String) js("JSON.stringify(consoleErrors)"))).stream()
                    .map(String::valueOf).toList();
        } catch (JsonSyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** How many statements the outbox keeps in localStorage. */
    private int keptStatements() {
        return ((Number) js("var n = 0; for (var i = 0; i < localStorage.length; i++) {"
                + " if (localStorage.key(i).indexOf('courseruntime.outbox.') === 0) n++; } n")).intValue();
    }

    private static List<?> statementsIn(TinyLrs.Request request) throws Exception {
        return (List<?>) JsonReader.parse(request.body());
    }

    @Test
    void statementsLeaveByXmlHttpRequestWithTheXapiHeadersRandomIdsAndUtcTimestamps() throws Exception {
        open(null);
        waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().confirmed === 1");
        js("courseRuntime.viewPage('intro')");
        waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().confirmed === 3");

        TinyLrs.Request first = lrs.statementPosts().get(0);
        assertEquals("Basic " + Base64.getEncoder().encodeToString((LOGIN + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)),
                first.header("Authorization"), "UTF-8 before Base64");
        assertEquals("1.0.3", first.header("X-Experience-API-Version"));
        assertTrue(first.header("Content-Type").startsWith("application/json"), first.header("Content-Type"));
        List<Object> ids = new java.util.ArrayList<>();
        for (TinyLrs.Request request : lrs.statementPosts()) {
            for (Object statement : statementsIn(request)) {
                Map<?, ?> sent = (Map<?, ?>) statement;
                assertTrue(((String) sent.get("id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"),
                        "a version 4 UUID: " + sent.get("id"));
                assertTrue(((String) sent.get("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z"),
                        "UTC with milliseconds: " + sent.get("timestamp"));
                ids.add(sent.get("id"));
            }
        }
        assertEquals(3, ids.stream().distinct().count());
        assertEquals(List.of(), consoleErrors());
    }

    /** The stamp the publisher computes on the JVM is the one the browser computes, on text outside ASCII too. */
    @Test
    void aStampedCourseOpensWithoutTheCheckerItsTextOutsideAsciiIncluded() throws Exception {
        open(null);
        waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().confirmed === 1");

        assertEquals(List.of("/index.html", "/course-runtime.js"), requested);
        Map<?, ?> started = (Map<?, ?>) statementsIn(lrs.statementPosts().get(0)).get(0);
        assertEquals(Map.of("en-US", "Adapters \u00fcber \ud83c\udf93"),
                ((Map<?, ?>) ((Map<?, ?>) started.get("object")).get("definition")).get("name"));
    }

    @Test
    void statementsKeptInLocalStorageWhileTheLrsFailsAreSentByTheNextPageLoadOnce() throws Exception {
        lrs.statementStatus = 503;
        open(null);
        waitUntil("courseRuntime.status().state === 'retrying'");
        assertEquals(1, keptStatements(), "kept in localStorage");

        lrs.statementStatus = 200;
        js("window.dispatchEvent(new Event('pagehide'))"); // as a browser does on leaving; HtmlUnit does not
        open(null); // the learner comes back
        waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().queued === 0");

        TinyLrs.Request confirmed = lrs.statementPosts().get(lrs.statementPosts().size() - 1);
        assertEquals(1, statementsIn(confirmed).size(), "started, once: the attempt resumed");
        assertEquals(0, keptStatements());
    }

    @Test
    void theBrowsersOfflineAndOnlineEventsHoldAndReleaseTheStatements() throws Exception {
        open(null);
        waitUntil("courseRuntime.status().state === 'saved'");
        int before = lrs.statementPosts().size();

        js("window.dispatchEvent(new Event('offline')); courseRuntime.viewPage('intro')");
        browser.waitForBackgroundJavaScript(500);
        assertEquals("offline", js("courseRuntime.status().state"));
        assertEquals(before, lrs.statementPosts().size(), "nothing is tried offline");

        js("window.dispatchEvent(new Event('online'))");
        waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().confirmed === 3");
    }

    @Test
    void atPagehideWhatIsUnconfirmedGoesOutInABeaconInTheAlternateSyntax() throws Exception {
        lrs.statementStatus = 503;
        open(null);
        waitUntil("courseRuntime.status().state === 'retrying'");

        js("window.dispatchEvent(new Event('pagehide'))");
        browser.waitForBackgroundJavaScript(500);

        List<TinyLrs.Request> beacons = lrs.requests.stream()
                .filter(request -> request.pathAndQuery().equals("/xapi/statements?method=POST")).toList();
        assertEquals(1, beacons.size(), "one beacon: " + lrs.requests);
        String form = beacons.get(0).body();
        assertTrue(form.contains("content=%5B%7B%22id%22"), form);
        assertTrue(form.contains("Authorization=Basic"), "the credentials travel in the form, as the syntax says");
    }

    @Test
    void aBrokenCourseIsOneConsoleErrorAndNothingIsSent() throws Exception {
        open("broken");
        browser.waitForBackgroundJavaScript(500);

        assertEquals("misconfigured", js("courseRuntime.status().state"));
        List<String> errors = consoleErrors();
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("[course-runtime] Your results cannot be recorded. Invalid course"
                + " definition: id: must be an absolute IRI"), errors.get(0));
        assertEquals(List.of(), lrs.requests);
        assertEquals(List.of("/index.html", "/course-runtime.js", "/course-check.js"), requested);
    }
}
