package org.courseruntime.tools.lrscheck;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.lrs.Credentials;

/**
 * Checks, before any learner meets it, that an LRS takes a course's statements from the learner's browser: reachable,
 * an xAPI LRS at that URL, the LAP's credentials accepted with the right to write statements, the course's web origin
 * allowed (CORS), and the State API answering. It stores nothing in a conformant LRS: the write right is shown by an
 * empty statement, which an LRS refuses with 400 for a LAP that may write (a refused login shows as 401 there or on
 * the State API). The same check runs from {@code course-tools publish --check-lrs} and the settings page.
 */
public final class LrsCheck {
    static final String REACHABLE = "Reachable";
    static final String XAPI = "xAPI LRS at this URL";
    static final String CREDENTIALS = "LAP login and password";
    static final String CORS = "Allows the course's web origin (CORS)";
    static final String STATE = "State API (resume on another device)";
    private static final String VERSION = "1.0.3";
    static final String PROBE_ID = "c0c0c0c0-5e77-4c0e-8c4e-00000000c4ec";
    /** Where LRSs usually put their xAPI root, tried below the URL given and below its host when it is not one. */
    private static final List<String> USUAL_ROOTS = List.of("xAPI/", "xapi/", "data/xAPI/", "lrs/xapi/", "api/xapi/");
    private static final Pattern ORIGIN = Pattern.compile("https?://[^/?#\\s@]+");
    private static final String REQUESTED_HEADERS = "authorization,content-type,x-experience-api-version";

    private final HttpClient http;
    private final Duration timeout;

    /** A check whose every request gives up after {@code timeout}. */
    public LrsCheck(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Checks the LRS at {@code endpoint} (an http(s) URL ending in {@code /}) with {@code credentials} ({@code null}: no
     * LAP login) for a course served from {@code origin} (e.g. {@code https://courses.example.com}; {@code null}: CORS
     * is not checked).
     */
    public List<CheckPoint> check(String endpoint, Credentials credentials, String origin) throws InterruptedException {
        if (origin != null && originProblem(origin) != null) {
            throw new IllegalArgumentException(originProblem(origin));
        }
        List<CheckPoint> points = new ArrayList<>();
        HttpResponse<String> about;
        try {
            resolve(endpoint);
            about = send(get(endpoint + "about", null));
            if ((about.statusCode() == 401 || about.statusCode() == 403) && credentials != null) {
                about = send(get(endpoint + "about", credentials)); // about is public in xAPI, but some LRSs guard it
            }
        } catch (IOException e) {
            points.add(unreachable(endpoint, e));
            return notChecked(points, "the LRS could not be reached.", XAPI, CREDENTIALS, CORS, STATE);
        } catch (IllegalArgumentException e) { // a host or port the settings' checker lets through but Java refuses
            points.add(CheckPoint.failed(REACHABLE, "the URL " + endpoint + " cannot be used (" + e.getMessage() + ").",
                    "Check the LRS URL: a host name of letters, digits, dots and hyphens, and a port up to 65535."));
            return notChecked(points, "the LRS could not be reached.", XAPI, CREDENTIALS, CORS, STATE);
        }
        points.add(CheckPoint.passed(REACHABLE, host(endpoint) + " answered (HTTP " + about.statusCode() + ")."));

        String versions = xapiVersions(about);
        if (versions == null || !speaks(versions)) {
            points.add(notAnLrs(endpoint, about, versions));
            return notChecked(points, "the LRS URL is to be fixed first.", CREDENTIALS, CORS, STATE);
        }
        points.add(CheckPoint.passed(XAPI, endpoint + "about answers as an xAPI LRS (versions " + versions + ")."));

        HttpResponse<String> probe;
        try {
            probe = send(emptyStatement(endpoint, credentials, origin));
        } catch (IOException e) {
            points.add(CheckPoint.failed(CREDENTIALS, "a statement PUT got no answer (" + describe(e) + ").",
                    "Check that the LRS takes statements at " + endpoint + "statements."));
            return notChecked(points, "statements could not be sent.", CORS, STATE);
        }
        HttpResponse<String> stateAnswer = stateIds(endpoint, credentials);
        points.add(credentials(endpoint, credentials, probe, stateAnswer));
        points.add(origin == null ? CheckPoint.notChecked(CORS, "not checked: give the web address learners will open"
                + " the course from (its origin, such as https://courses.example.com).") : cors(endpoint, origin, probe));
        points.add(state(endpoint, origin, stateAnswer));
        return points;
    }

    /** What is wrong with {@code origin} as a web origin (scheme, host and port only), or null when nothing. */
    public static String originProblem(String origin) {
        return origin != null && ORIGIN.matcher(origin).matches() ? null
                : "\"" + origin + "\" is not a web origin such as https://courses.example.com (scheme, host and port, no path)";
    }

    /** Names a host that does not resolve apart from one that refuses: the HTTP client reports both alike. */
    private static void resolve(String endpoint) throws UnknownHostException {
        InetAddress.getAllByName(URI.create(endpoint).getHost());
    }

    private CheckPoint unreachable(String endpoint, IOException e) {
        String host = host(endpoint);
        if (e instanceof UnknownHostException) {
            return CheckPoint.failed(REACHABLE, "the host name " + URI.create(endpoint).getHost() + " does not resolve (DNS).",
                    "Check the host name in the LRS URL.");
        }
        if (causedBy(e, SSLException.class)) {
            return CheckPoint.failed(REACHABLE, "the TLS handshake with " + host + " failed (" + describe(e) + ").",
                    "Use the https URL the LRS gives, with a certificate browsers trust.");
        }
        if (causedBy(e, HttpTimeoutException.class)) {
            return CheckPoint.failed(REACHABLE, host + " did not answer within " + timeout.toSeconds() + " s (timeout).",
                    "Check that the LRS is up and that no firewall or proxy holds the connection.");
        }
        if (causedBy(e, ConnectException.class)) {
            return CheckPoint.failed(REACHABLE, host + " refused the connection (nothing listens on that port).",
                    "Check the port in the LRS URL, and that the LRS is running.");
        }
        return CheckPoint.failed(REACHABLE, host + " could not be reached (" + describe(e) + ").",
                "Check the LRS URL and that the LRS is up.");
    }

    /** The LRS's xAPI versions, comma separated, when the answer is an xAPI about resource; otherwise null. */
    private static String xapiVersions(HttpResponse<String> about) {
        if (about.statusCode() != 200) {
            return null;
        }
        try {
            if (JsonReader.parse(about.body()) instanceof Map<?, ?> json && json.get("version") instanceof List<?> versions
                    && !versions.isEmpty()) {
                List<String> names = new ArrayList<>();
                versions.forEach(version -> names.add(String.valueOf(version)));
                return String.join(", ", names);
            }
        } catch (JsonSyntaxException notJson) {
            // not an about resource: the caller looks for the xAPI root nearby
        }
        return null;
    }

    private static boolean speaks(String versions) {
        for (String version : versions.split(", ")) {
            if (version.startsWith("1.0.")) {
                return true;
            }
        }
        return false;
    }

    private CheckPoint notAnLrs(String endpoint, HttpResponse<String> about, String versions) throws InterruptedException {
        if (versions != null) {
            return CheckPoint.failed(XAPI, "the LRS speaks xAPI " + versions + " only; the runtime sends xAPI " + VERSION + ".",
                    "Use the LRS's xAPI 1.0 endpoint, or an LRS that takes xAPI 1.0.3.");
        }
        String finding = endpoint + "about answered HTTP " + about.statusCode() + ", not as an xAPI LRS.";
        String location = about.headers().firstValue("Location").orElse(null);
        if (about.statusCode() >= 300 && about.statusCode() < 400 && location != null) {
            // Browsers do not follow a redirect of a CORS preflight: the course needs the URL it leads to.
            String moved = URI.create(endpoint + "about").resolve(location).toString().replaceAll("about$", "");
            return CheckPoint.failed(XAPI, endpoint + "about redirects (HTTP " + about.statusCode() + ") to " + location + ".",
                    "Use " + moved + " as the LRS URL.");
        }
        if (about.statusCode() == 401 || about.statusCode() == 403) {
            return CheckPoint.failed(XAPI, finding + " It asks for a login (HTTP " + about.statusCode() + ").",
                    "Check the LRS URL and the LAP login and password.");
        }
        for (String candidate : candidates(endpoint)) {
            try {
                String found = xapiVersions(send(get(candidate + "about", null)));
                if (found != null && speaks(found)) {
                    return CheckPoint.failed(XAPI, finding, "Use " + candidate + " as the LRS URL: an xAPI LRS answers there.");
                }
            } catch (IOException nothingThere) {
                // the next candidate
            }
        }
        return CheckPoint.failed(XAPI, finding, "Use the xAPI endpoint the LRS shows for the LAP (it often ends in /xAPI/ or /data/xAPI/).");
    }

    private static List<String> candidates(String endpoint) {
        String root = URI.create(endpoint).resolve("/").toString();
        List<String> candidates = new ArrayList<>();
        for (String base : List.of(endpoint, root)) {
            for (String usual : USUAL_ROOTS) {
                if (!candidates.contains(base + usual)) {
                    candidates.add(base + usual);
                }
            }
        }
        if (!endpoint.equals(root)) {
            candidates.add(root);
        }
        return candidates;
    }

    /**
     * From the answer to the empty statement, and the State API's: an LRS that validates a statement before its
     * credentials answers 400 to any, but a refused login still shows as a 401 on the State API.
     */
    private static CheckPoint credentials(String endpoint, Credentials credentials, HttpResponse<String> probe,
                                          HttpResponse<String> stateAnswer) {
        String who = credentials == null ? "without a LAP login" : "with the LAP login";
        if (probe.statusCode() == 400 && stateAnswer != null && stateAnswer.statusCode() == 401) {
            return CheckPoint.failed(CREDENTIALS, "the LRS refused the login and password on its State API (HTTP 401).",
                    "Copy the LAP's key and secret from the LRS into the login and password again.");
        }
        return switch (probe.statusCode()) {
            case 400 -> CheckPoint.passed(CREDENTIALS, "the LRS lets the LAP write statements " + who
                    + " (it refused the check's empty statement, as it must, and stored nothing).");
            case 401 -> CheckPoint.failed(CREDENTIALS, credentials == null ? "the LRS wants a LAP login (HTTP 401)."
                            : "the LRS refused the login and password (HTTP 401).",
                    "Copy the LAP's key and secret from the LRS into the login and password again.");
            case 403 -> CheckPoint.failed(CREDENTIALS, "the LRS accepted the login but does not let it write statements (HTTP 403).",
                    "Give the LAP the right to write statements (a write or \"all\" scope) in the LRS.");
            case 200, 204 -> CheckPoint.failed(CREDENTIALS, "the LRS stored an empty statement instead of refusing it.",
                    "Use a conformant LRS: this one does not check the statements it stores.");
            default -> CheckPoint.failed(CREDENTIALS, "a statement PUT to " + endpoint + "statements answered HTTP "
                    + probe.statusCode() + ".", "Check the LRS URL: the runtime sends statements to " + endpoint + "statements.");
        };
    }

    /** The preflight a browser sends before a statement POST, then the origin on the answer to a statement. */
    private CheckPoint cors(String endpoint, String origin, HttpResponse<String> probe) throws InterruptedException {
        String problem = preflightProblem(endpoint + "statements", "POST", origin);
        if (problem == null && !allowsOrigin(probe, origin)) {
            problem = "the preflight passes, but the answer to a statement does not allow the origin " + origin + " ("
                    + header(probe, "Access-Control-Allow-Origin") + ").";
        }
        return problem == null ? CheckPoint.passed(CORS, "a browser on " + origin + " may post statements (preflight and answer allow it).")
                : CheckPoint.failed(CORS, problem, corsFix(origin));
    }

    private static String corsFix(String origin) {
        return "Allow " + origin + " in the LRS's CORS settings for its xAPI endpoint, with the methods POST and PUT and"
                + " the headers Authorization, Content-Type and X-Experience-API-Version.";
    }

    /** What keeps a browser on {@code origin} from sending {@code method} to {@code url}, or null when nothing does. */
    private String preflightProblem(String url, String method, String origin) throws InterruptedException {
        HttpResponse<String> preflight;
        try {
            preflight = send(HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                    .header("Access-Control-Request-Method", method)
                    .header("Access-Control-Request-Headers", REQUESTED_HEADERS).build());
        } catch (IOException e) {
            return "the preflight of a " + method + " got no answer (" + describe(e) + ").";
        }
        if (preflight.statusCode() < 200 || preflight.statusCode() > 299) {
            return "the preflight of a " + method + " answered HTTP " + preflight.statusCode() + ".";
        }
        if (!allowsOrigin(preflight, origin)) {
            return "the preflight of a " + method + " does not allow the origin " + origin + " ("
                    + header(preflight, "Access-Control-Allow-Origin") + ").";
        }
        // GET, HEAD and POST need not be listed (Fetch standard); "*" stands for any other method.
        String methods = "," + header(preflight, "Access-Control-Allow-Methods").toUpperCase(Locale.ROOT).replace(" ", "") + ",";
        if (!method.equals("POST") && !methods.contains("," + method + ",") && !methods.contains(",*,")) {
            return "the preflight does not allow the method " + method + " (" + header(preflight, "Access-Control-Allow-Methods") + ").";
        }
        List<String> missing = new ArrayList<>();
        String allowed = "," + header(preflight, "Access-Control-Allow-Headers").toLowerCase(Locale.ROOT).replace(" ", "") + ",";
        for (String requested : REQUESTED_HEADERS.split(",")) {
            // "*" stands for any header but Authorization, which must be named (Fetch standard).
            if (!allowed.contains("," + requested + ",") && !(allowed.contains(",*,") && !requested.equals("authorization"))) {
                missing.add(requested);
            }
        }
        return missing.isEmpty() ? null : "the preflight of a " + method + " does not allow the header(s) " + String.join(", ", missing) + ".";
    }

    private static boolean allowsOrigin(HttpResponse<String> response, String origin) {
        String allowed = header(response, "Access-Control-Allow-Origin");
        return allowed.equals("*") || allowed.equals(origin);
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("no " + name);
    }

    /**
     * The State API, asked for the ids of a made-up learner's documents (xAPI's multiple-document GET): a State API
     * answers a JSON array, where a server without one answers 404 as it would for a missing document. Null: no answer.
     */
    private HttpResponse<String> stateIds(String endpoint, Credentials credentials) throws InterruptedException {
        String agent = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://courseruntime.org\",\"name\":\"lrs-check\"}}";
        try {
            return send(get(endpoint + "activities/state?activityId=" + encode("https://courseruntime.org/lrs-check")
                    + "&agent=" + encode(agent), credentials));
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Whether a learner resumes on another device: the State API answers, and a browser on {@code origin} may PUT to
     * it. A warning, not a failure: without it the course works, and resumes only on the device a learner began on.
     */
    private CheckPoint state(String endpoint, String origin, HttpResponse<String> answer) throws InterruptedException {
        String fix = "Let the LAP read and write the LRS's State API, or expect learners to resume only on the device they began on.";
        if (answer == null) {
            return CheckPoint.warning(STATE, "the State API got no answer.", fix);
        }
        if (answer.statusCode() != 200 || !isJsonArray(answer.body())) {
            return CheckPoint.warning(STATE, "the State API answered HTTP " + answer.statusCode()
                    + (answer.statusCode() == 200 ? " without the list of state ids" : "") + ".", fix);
        }
        String problem = origin == null ? null : preflightProblem(endpoint + "activities/state", "PUT", origin);
        if (problem != null) {
            return CheckPoint.warning(STATE, "the State API answers, but " + problem, corsFix(origin));
        }
        return CheckPoint.passed(STATE, "the State API answers" + (origin == null ? "" : " and a browser on " + origin
                + " may write to it") + ": a learner resumes on any device.");
    }

    private static boolean isJsonArray(String body) {
        try {
            return JsonReader.parse(body) instanceof List<?>;
        } catch (JsonSyntaxException e) {
            return false;
        }
    }

    private HttpRequest get(String url, Credentials credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET()
                .header("X-Experience-API-Version", VERSION);
        if (credentials != null) {
            request.header("Authorization", credentials.authorizationHeader());
        }
        return request.build();
    }

    /**
     * An empty statement, PUT under a fixed id: a conformant LRS refuses it, and one that stores anything at least
     * stores it once, under an id its administrator can find ({@value #PROBE_ID}).
     */
    private HttpRequest emptyStatement(String endpoint, Credentials credentials, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "statements?statementId=" + PROBE_ID))
                .timeout(timeout).PUT(HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json")
                .header("X-Experience-API-Version", VERSION);
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (credentials != null) {
            request.header("Authorization", credentials.authorizationHeader());
        }
        return request.build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<CheckPoint> notChecked(List<CheckPoint> points, String why, String... rest) {
        for (String point : rest) {
            points.add(CheckPoint.notChecked(point, "not checked: " + why));
        }
        return points;
    }

    private static String host(String endpoint) {
        URI uri = URI.create(endpoint);
        return uri.getHost() + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getMessage() == null) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : root.getClass().getSimpleName();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
