package org.courseruntime.tools.settings;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.PublishSettingsReader;
import org.courseruntime.tools.lrscheck.CheckPoint;
import org.courseruntime.tools.lrscheck.LrsCheck;
import org.courseruntime.tools.publish.CourseProblem;
import org.courseruntime.tools.publish.CoursePublisher;
import org.courseruntime.tools.publish.Publication;
import org.courseruntime.tools.site.LocalSite;

/**
 * The publish settings page, on 127.0.0.1 only: the author sets the LRS, the LAP's login and password, the statements
 * and the learner sign-in, checks the LRS and publishes, in the browser. Its page checks each field as it is typed
 * with {@code course-check.js}, the publisher's own rules and words. The password goes to the settings file and
 * nowhere else: the page is never given it back, and no answer or log holds it.
 *
 * <p>Only the page itself may call it: every request must name this server as its Host (no DNS rebinding), and
 * every POST carries the header {@value #PAGE_HEADER}, which a page of another origin cannot send without a CORS
 * preflight this server never allows.
 */
public final class SettingsSite extends LocalSite {
    static final String PAGE_HEADER = "X-Course-Tools";
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final Map<String, String> FILES = Map.of(
            "/", "page/index.html", "/settings.js", "page/settings.js", "/settings.css", "page/settings.css",
            "/course-check.js", "/org/courseruntime/web/course-check.js");
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(10);
    /** The page sends a few hundred bytes; more is not the page. */
    static final int MAX_BODY = 64 * 1024;

    private final Path courseFolder;
    private final Path output;
    private final SettingsEdit edit;
    private volatile Path zip;

    /** Serves the page for {@code courseFolder} and its {@code settingsFile}, publishing into {@code output}. */
    public SettingsSite(Path courseFolder, Path settingsFile, Path output, int port) throws IOException {
        super(port, 2, CONTENT_SECURITY_POLICY);
        this.courseFolder = courseFolder;
        this.output = output;
        this.edit = new SettingsEdit(settingsFile);
        start();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                route(exchange);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException | RuntimeException e) {
                // Said to the page, which shows it; never the settings' text, which holds the password.
                json(exchange, 500, Map.of("problems", List.of("The course tools failed: " + (e.getMessage() != null
                        ? e.getMessage() : e.getClass().getSimpleName()))));
            }
        }
    }

    private void route(HttpExchange exchange) throws IOException, InterruptedException {
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (!("127.0.0.1:" + port()).equals(host) && !("localhost:" + port()).equals(host)) {
            reply(exchange, 403, "text/plain; charset=utf-8", "Open the page at " + url());
            return;
        }
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if ("GET".equals(method) && FILES.containsKey(path)) {
            file(exchange, FILES.get(path));
        } else if ("GET".equals(method) && path.equals("/api/settings")) {
            json(exchange, 200, edit.forThePage());
        } else if ("GET".equals(method) && path.equals("/api/zip") && zip != null) {
            exchange.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + zip.getFileName() + "\"");
            reply(exchange, 200, "application/zip", Files.readAllBytes(zip));
        } else if ("POST".equals(method) && exchange.getRequestHeaders().getFirst(PAGE_HEADER) != null
                && (path.equals("/api/check-lrs") || path.equals("/api/publish"))) {
            Map<?, ?> fields = fields(exchange);
            if (fields == null) {
                json(exchange, 400, Map.of("problems", List.of("the request is not a JSON object of at most 64 KB")));
            } else if (path.equals("/api/check-lrs")) {
                checkLrs(exchange, fields);
            } else {
                publish(exchange, fields);
            }
        } else {
            reply(exchange, 404, "text/plain; charset=utf-8", "Not found: " + path);
        }
    }

    /** Checks the LRS the fields name, for the origin they give; the settings' problems instead when they have some. */
    private void checkLrs(HttpExchange exchange, Map<?, ?> fields) throws IOException, InterruptedException {
        String origin = fields.get("origin") instanceof String given && !given.isBlank() ? given.trim() : null;
        if (origin != null && LrsCheck.originProblem(origin) != null) {
            json(exchange, 400, Map.of("problems", List.of("Course web origin: " + LrsCheck.originProblem(origin))));
            return;
        }
        PublishSettings settings;
        try {
            settings = PublishSettingsReader.read(edit.merged(fields));
        } catch (InvalidDocumentException e) {
            json(exchange, 400, Map.of("problems", e.problems()));
            return;
        }
        List<Object> points = new ArrayList<>();
        for (CheckPoint point : new LrsCheck(CHECK_TIMEOUT).check(settings.endpoint(), settings.credentials(), origin)) {
            Map<String, Object> item = new OrderedMap<>();
            item.put("point", point.point());
            item.put("outcome", point.outcome().name().toLowerCase().replace('_', '-'));
            item.put("finding", point.finding());
            item.put("fix", point.fix());
            points.add(item);
        }
        json(exchange, 200, Map.of("points", points));
    }

    /** Writes the settings file and publishes; on problems, writes nothing and names them. One publish at a time. */
    private synchronized void publish(HttpExchange exchange, Map<?, ?> fields) throws IOException {
        String settings = edit.merged(fields);
        List<String> changes = edit.changes(settings);
        Publication publication = CoursePublisher.publish(courseFolder, edit.file().toString(), settings, output);
        if (!publication.isPublished()) {
            List<String> problems = new ArrayList<>();
            for (CourseProblem problem : publication.problems()) {
                problems.add(problem.toString());
            }
            json(exchange, 422, Map.of("problems", problems));
            return;
        }
        edit.write(settings);
        zip = publication.zip();
        Map<String, Object> answer = new OrderedMap<>();
        answer.put("exported", publication.exported().toAbsolutePath().toString());
        answer.put("zip", zip.getFileName().toString());
        answer.put("changes", changes);
        json(exchange, 200, answer);
    }

    /** The page's fields: a JSON object of at most {@value #MAX_BODY} bytes, or null. */
    private static Map<?, ?> fields(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            return null;
        }
        try {
            return JsonReader.parse(new String(body, StandardCharsets.UTF_8)) instanceof Map<?, ?> map ? map : null;
        } catch (JsonSyntaxException e) {
            return null;
        }
    }

    private void file(HttpExchange exchange, String resource) throws IOException {
        try (InputStream in = SettingsSite.class.getResourceAsStream(resource)) {
            reply(exchange, 200, contentType(resource), in.readAllBytes());
        }
    }

    private void json(HttpExchange exchange, int status, Object body) throws IOException {
        reply(exchange, status, "application/json; charset=utf-8", JsonWriter.write(body));
    }

    private void reply(HttpExchange exchange, int status, String type, String body) throws IOException {
        reply(exchange, status, type, body.getBytes(StandardCharsets.UTF_8));
    }
}
