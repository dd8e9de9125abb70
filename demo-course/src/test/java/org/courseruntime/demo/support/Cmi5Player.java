package org.courseruntime.demo.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonWriter;

/**
 * ADL's reference cmi5 player (CATAPULT), run by {@code shared/tools/cmi5-player/start.sh} next to the repository,
 * in front of {@link LearningLocker#shared()}: the LMS side of cmi5 as ADL reads the specification, refusing every AU
 * request that breaks a rule. Started once per test JVM on free ports of 127.0.0.1, its state under
 * {@code target/cmi5-player}, stopped by {@code stop.sh} when the JVM exits. The methods are the player's REST API
 * for one tenant made for this JVM (see the tool's README.md).
 */
public final class Cmi5Player {
    public static final String API_KEY = "course-runtime-tests";
    public static final String API_SECRET = "course-runtime-tests-secret";
    /** Launch modes for {@link #launch}. */
    public static final String NORMAL = "Normal";
    public static final String BROWSE = "Browse";
    private static final long START_TIMEOUT_MINUTES = 10; // the first start on a new machine installs MariaDB
    private static Cmi5Player shared;

    private final Path tool;
    private final Path stateDir;
    private final String base;
    private final Duration startTime;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String token;

    /** A launch the player made: its session's id and the URL that opens the AU for it. */
    public record Launch(int sessionId, String url) {
    }

    private Cmi5Player(Path tool, Path stateDir, String base, Duration startTime) {
        this.tool = tool;
        this.stateDir = stateDir;
        this.base = base;
        this.startTime = startTime;
    }

    /** The running player, started on first use, with a tenant of its own for this JVM. */
    public static synchronized Cmi5Player shared() throws Exception {
        if (shared == null) {
            Cmi5Player player = start();
            Runtime.getRuntime().addShutdownHook(new Thread(player::stop));
            player.token = player.createTenantAndToken();
            shared = player;
        }
        return shared;
    }

    /**
     * {@code shared/tools/cmi5-player}, a sibling of the repository: found by walking up from the working directory
     * (the repository root, or {@code demo-course/} under Maven), as CI clones the repository next to {@code shared/}.
     */
    public static Path toolDirectory() {
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/tools/cmi5-player");
            if (Files.isRegularFile(candidate.resolve("start.sh"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("The reference cmi5 player is missing: no shared/tools/cmi5-player/start.sh in "
                + start + " or any folder above it (CI checks the repository out next to shared/)");
    }

    private static Cmi5Player start() throws Exception {
        Path tool = toolDirectory();
        Path stateDir = Path.of("target/cmi5-player").toAbsolutePath();
        Files.createDirectories(stateDir);
        LearningLocker lrs = LearningLocker.shared();
        int playerPort = FreePort.find();
        int shimPort = FreePort.find();
        int dbPort = FreePort.find();
        while (shimPort == playerPort) {
            shimPort = FreePort.find();
        }
        while (dbPort == playerPort || dbPort == shimPort) {
            dbPort = FreePort.find();
        }
        ProcessBuilder builder = new ProcessBuilder("bash", tool.resolve("start.sh").toString(), stateDir.toString());
        Map<String, String> env = builder.environment();
        env.put("CMI5_PLAYER_PORT", Integer.toString(playerPort));
        env.put("CMI5_SHIM_PORT", Integer.toString(shimPort));
        env.put("CMI5_DB_PORT", Integer.toString(dbPort));
        env.put("LRS_ENDPOINT", lrs.endpoint());
        env.put("LRS_USERNAME", LearningLocker.LOGIN);
        env.put("LRS_PASSWORD", LearningLocker.PASSWORD);
        env.put("CMI5_API_KEY", API_KEY);
        env.put("CMI5_API_SECRET", API_SECRET);
        long began = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = readAll(process.getInputStream());
        CompletableFuture<String> err = readAll(process.getErrorStream());
        if (!process.waitFor(START_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroy();
            new ProcessBuilder("bash", tool.resolve("stop.sh").toString(), stateDir.toString()).inheritIO().start()
                    .waitFor(30, TimeUnit.SECONDS);
            throw new IllegalStateException("The cmi5 player's start.sh did not finish within " + START_TIMEOUT_MINUTES
                    + " min; logs in " + stateDir.resolve("logs"));
        }
        String stdout = out.get(10, TimeUnit.SECONDS);
        String stderr = err.get(10, TimeUnit.SECONDS);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("The cmi5 player did not start (start.sh exited with " + process.exitValue()
                    + "):\n" + stderr);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - began);
        System.out.println(stdout.strip() + " [started in " + took.toMillis() + " ms]");
        return new Cmi5Player(tool, stateDir, "http://127.0.0.1:" + playerPort, took);
    }

    private static CompletableFuture<String> readAll(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                stream.transferTo(bytes);
                return bytes.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(could not read: " + e + ")";
            }
        });
    }

    private void stop() {
        try {
            new ProcessBuilder("bash", tool.resolve("stop.sh").toString(), stateDir.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start()
                    .waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            System.err.println("cmi5 player: stop.sh failed: " + e);
        }
    }

    /** The player's base URL, e.g. {@code http://127.0.0.1:41234}: its API, the AU content, /lrs and /fetch-url. */
    public String url() {
        return base;
    }

    /** How long start.sh took in this JVM. */
    public Duration startTime() {
        return startTime;
    }

    /** The player's log files (player.log: its console, where hapi prints a 500's error). */
    public Path logs() {
        return stateDir.resolve("logs");
    }

    private String createTenantAndToken() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((API_KEY + ":" + API_SECRET).getBytes(StandardCharsets.UTF_8));
        String code = "course-runtime-tests-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis();
        Map<?, ?> tenant = (Map<?, ?>) call("POST", "/api/v1/tenant", basic, "application/json",
                JsonWriter.write(Map.of("code", code)).getBytes(StandardCharsets.UTF_8), 200);
        Map<?, ?> auth = (Map<?, ?>) call("POST", "/api/v1/auth", basic, "application/json",
                JsonWriter.write(Map.of("tenantId", tenant.get("id"), "audience", "course-runtime-tests"))
                        .getBytes(StandardCharsets.UTF_8), 200);
        return (String) auth.get("token");
    }

    /** Imports the course package {@code zip} (its cmi5.xml decides the AU); returns the course as the player made it. */
    public Map<?, ?> importCourse(Path zip) throws Exception {
        return (Map<?, ?>) call("POST", "/api/v1/course", bearer(), "application/zip", Files.readAllBytes(zip), 200);
    }

    /** Registers {@code actor} for the course; returns the registration ({@code id}, {@code code}, ...). */
    public Map<?, ?> register(int courseId, Map<String, Object> actor) throws Exception {
        return (Map<?, ?>) call("POST", "/api/v1/registration", bearer(), "application/json",
                json(Map.of("courseId", courseId, "actor", actor)), 200);
    }

    /** Sets the learner's preferences the AU reads (cmi5LearnerPreferences) for the registration {@code reg} (its id). */
    public void learnerPreferences(String reg, String languagePreference, String audioPreference) throws Exception {
        call("POST", "/api/v1/registration/" + reg + "/learner-prefs", bearer(), "application/json",
                json(Map.of("languagePreference", languagePreference, "audioPreference", audioPreference)), 204);
    }

    /**
     * A launch of the course's first AU for the registration {@code reg} in {@code launchMode}, back to
     * {@code returnUrl} at exit. A launch for a registration with an open session abandons that session.
     */
    public Launch launch(int courseId, String reg, Map<String, Object> actor, String launchMode, String returnUrl)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("actor", actor);
        body.put("reg", reg);
        body.put("launchMode", launchMode);
        body.put("returnUrl", returnUrl);
        Map<?, ?> launch = (Map<?, ?>) call("POST", "/api/v1/course/" + courseId + "/launch-url/0", bearer(),
                "application/json", json(body), 200);
        return new Launch(number(launch.get("id")), (String) launch.get("url"));
    }

    /**
     * The registration {@code reg} as the player keeps it: its AUs' flags, the course's moveOn. Give its id: the player
     * looks up "id or code" in one SQL condition, where a code starting with digits matches that id.
     */
    public Map<?, ?> registration(String reg) throws Exception {
        return (Map<?, ?>) call("GET", "/api/v1/registration/" + reg, bearer(), null, null, 200);
    }

    /** The session {@code id} as the player keeps it: isInitialized, isCompleted, isPassed, isFailed, ... */
    public Map<?, ?> session(int id) throws Exception {
        return (Map<?, ?>) call("GET", "/api/v1/session/" + id, bearer(), null, null, 200);
    }

    /** A JSON number the player sent (ids, 0/1 flags) as an int. */
    public static int number(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? 1 : 0;
        }
        if (!(value instanceof Number number)) {
            throw new AssertionError("Not a number: " + value);
        }
        return number.intValue();
    }

    private String bearer() {
        return "Bearer " + token;
    }

    private static byte[] json(Object value) {
        return JsonWriter.write(value).getBytes(StandardCharsets.UTF_8);
    }

    private Object call(String method, String path, String authorization, String contentType, byte[] body, int expected)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new AssertionError("The cmi5 player answered " + method + " " + path + " with HTTP " + response.statusCode()
                    + " (expected " + expected + "): " + response.body());
        }
        return response.body().isEmpty() ? null : JsonReader.parse(response.body());
    }

    /** The value at {@code path} (map keys, or list indexes as numbers) in a JSON value the player sent. */
    public static Object at(Object json, Object... path) {
        Object value = json;
        for (Object step : path) {
            value = step instanceof Integer index ? ((List<?>) value).get(index) : ((Map<?, ?>) value).get(step);
        }
        return value;
    }
}
