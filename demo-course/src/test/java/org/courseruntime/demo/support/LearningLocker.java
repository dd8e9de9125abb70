package org.courseruntime.demo.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.lrs.Credentials;

/**
 * A real LRS for the end-to-end tests: Learning Locker's statement service (npm @learninglocker/xapi-statements) with
 * no database, bound to 127.0.0.1, checking Basic auth against {@link #LOGIN} / {@link #PASSWORD}. Started once per
 * test JVM and stopped when it exits.
 */
public final class LearningLocker {
    public static final String LOGIN = "test-lap";
    public static final String PASSWORD = "Test-P4ssword!";
    /** A LAP Learning Locker lets read, not write. */
    public static final String READ_ONLY_LOGIN = "test-reader";
    public static final String READ_ONLY_PASSWORD = "Reader-P4ssword!";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static LearningLocker shared;

    private final String endpoint;
    private final Process process;
    private final LapCredentialsEndpoint credentials;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LearningLocker(String endpoint, Process process, LapCredentialsEndpoint credentials) {
        this.endpoint = endpoint;
        this.process = process;
        this.credentials = credentials;
    }

    /** The running service, started on first use. */
    public static synchronized LearningLocker shared() throws Exception {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    private static LearningLocker start() throws Exception {
        Path tools = TestLrsTools.directory();
        Path work = Files.createTempDirectory("learning-locker");
        LapCredentialsEndpoint credentials = new LapCredentialsEndpoint(new Credentials(LOGIN, PASSWORD),
                new Credentials(READ_ONLY_LOGIN, READ_ONLY_PASSWORD));
        int port = FreePort.find();
        ProcessBuilder builder = new ProcessBuilder("node", "-r", tools.resolve("listen-on-loopback.js").toString(),
                tools.resolve("node_modules/@learninglocker/xapi-statements/dist/index.js").toString())
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/learning-locker.log").toAbsolutePath().toFile());
        Map<String, String> env = builder.environment();
        env.put("MODELS_REPO", "memory");
        env.put("STORAGE_REPO", "local");
        env.put("FS_LOCAL_STORAGE_DIR", work.resolve("storage").toString());
        env.put("EXPRESS_MORGAN_DIRECTORY", work.resolve("access-logs").toString());
        env.put("EVENTS_REPO", "test");
        env.put("AUTH_REPO", "fetch");
        env.put("LL_CLIENT_INFO_ENDPOINT", credentials.url());
        env.put("MONGO_URL", "mongodb://127.0.0.1:1/unused"); // it tries Mongo at start even with memory models
        env.put("EXPRESS_PORT", Integer.toString(port));
        env.put("EXPRESS_ALLOW_FORM_BODY", "true");
        LearningLocker lrs = new LearningLocker("http://127.0.0.1:" + port + "/xAPI/", builder.start(), credentials);
        lrs.awaitReady();
        return lrs;
    }

    /** The xAPI endpoint, e.g. {@code http://127.0.0.1:41234/xAPI/}. */
    public String endpoint() {
        return endpoint;
    }

    /** The stored statement with {@code id}, as Learning Locker returns it (with stored, authority, version). */
    public Map<?, ?> statement(String id) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoint + "statements?statementId=" + id))
                .header("Authorization", new Credentials(LOGIN, PASSWORD).authorizationHeader())
                .header("X-Experience-API-Version", "1.0.3")
                .timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("Learning Locker has no statement " + id + ": HTTP " + response.statusCode()
                    + " " + response.body());
        }
        return (Map<?, ?>) JsonReader.parse(response.body());
    }

    /** Every statement stored for {@code agent} (an actor as sent), as Learning Locker returns them. */
    public List<Map<?, ?>> statementsOf(Object agent) throws Exception {
        String query = "agent=" + URLEncoder.encode(JsonWriter.write(agent), StandardCharsets.UTF_8) + "&limit=1000";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(endpoint + "statements?" + query))
                .header("Authorization", new Credentials(LOGIN, PASSWORD).authorizationHeader())
                .header("X-Experience-API-Version", "1.0.3")
                .timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError("Learning Locker refused the query: HTTP " + response.statusCode() + " " + response.body());
        }
        Map<?, ?> result = (Map<?, ?>) JsonReader.parse(response.body());
        if (!"".equals(result.get("more"))) {
            throw new AssertionError("More than 1000 statements for one learner");
        }
        List<Map<?, ?>> statements = new ArrayList<>();
        for (Object statement : (List<?>) result.get("statements")) {
            statements.add((Map<?, ?>) statement);
        }
        return statements;
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Learning Locker exited with " + process.exitValue()
                        + "; see target/learning-locker.log");
            }
            try {
                HttpResponse<String> about = http.send(HttpRequest.newBuilder(URI.create(endpoint + "about"))
                        .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (about.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        stop();
        throw new IllegalStateException("Learning Locker did not answer within " + START_TIMEOUT.toSeconds()
                + " s; see target/learning-locker.log");
    }

    private void stop() {
        process.destroy();
        credentials.close();
    }
}
