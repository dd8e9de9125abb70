package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import java.io.FileInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.courseruntime.demo.support.Build;
import org.courseruntime.demo.support.FaultyFront;
import org.courseruntime.demo.support.FreePort;
import org.courseruntime.demo.support.LearningLocker;
import org.courseruntime.lrs.Credentials;
import org.courseruntime.tools.lrscheck.CheckPoint;
import org.courseruntime.tools.lrscheck.LrsCheck;
import org.courseruntime.tools.preview.PreviewLrs;
import org.junit.jupiter.api.Test;

/**
 * The LRS check against real servers that fail each of its points: Learning Locker's service with the right password,
 * a wrong one and a LAP that may only read; a front that drops CORS; one that serves the LRS under another path; a port
 * nobody listens on; a host that does not resolve; a TLS server with a certificate nobody trusts; a server that never
 * answers; and the preview LRS, which passes every point. Each prints what it reported, for the record.
 */
class LrsCheckTest {
    private static final String ORIGIN = "http://127.0.0.1:8100";
    private static final Credentials LAP = new Credentials(LearningLocker.LOGIN, LearningLocker.PASSWORD);
    private final LrsCheck check = new LrsCheck(Duration.ofSeconds(5));

    private static List<CheckPoint> reported(String server, List<CheckPoint> points) {
        System.out.println("LRS check against " + server + ":");
        points.forEach(point -> System.out.println("  " + point));
        return points;
    }

    private static List<CheckPoint.Outcome> outcomes(List<CheckPoint> points) {
        return points.stream().map(CheckPoint::outcome).toList();
    }

    private static final CheckPoint.Outcome P = CheckPoint.Outcome.PASSED;
    private static final CheckPoint.Outcome F = CheckPoint.Outcome.FAILED;
    private static final CheckPoint.Outcome N = CheckPoint.Outcome.NOT_CHECKED;
    private static final CheckPoint.Outcome W = CheckPoint.Outcome.WARNING;

    @Test
    void learningLockerWithTheRightPasswordPassesAllButTheStateApiItsServiceDoesNotHave() throws Exception {
        List<CheckPoint> points = reported("Learning Locker, right password",
                check.check(LearningLocker.shared().endpoint(), LAP, ORIGIN));

        assertEquals(List.of(P, P, P, P, W), outcomes(points), "no State API is a warning: resume stays on one device");
        assertTrue(points.get(4).finding().startsWith("the State API answered HTTP 404"), points.get(4).toString());
    }

    @Test
    void aWrongPasswordIsRefused() throws Exception {
        List<CheckPoint> points = reported("Learning Locker, wrong password",
                check.check(LearningLocker.shared().endpoint(), new Credentials(LearningLocker.LOGIN, "wrong"), ORIGIN));

        assertEquals(F, points.get(2).outcome());
        assertEquals("the LRS refused the login and password (HTTP 401).", points.get(2).finding());
        assertTrue(points.stream().noneMatch(point -> point.toString().contains("wrong")), "the password is never shown");
    }

    @Test
    void aLapThatMayOnlyReadIsToldApartFromARefusedOne() throws Exception {
        List<CheckPoint> points = reported("Learning Locker, a LAP that may only read", check.check(
                LearningLocker.shared().endpoint(), new Credentials(LearningLocker.READ_ONLY_LOGIN, LearningLocker.READ_ONLY_PASSWORD), ORIGIN));

        assertEquals(F, points.get(2).outcome());
        assertEquals("the LRS accepted the login but does not let it write statements (HTTP 403).", points.get(2).finding());
    }

    @Test
    void aFrontThatDropsCorsFailsTheOriginCheck() throws Exception {
        try (FaultyFront front = new FaultyFront(LearningLocker.shared().endpoint()).withoutCors()) {
            List<CheckPoint> points = reported("a front without CORS", check.check(front.endpoint(), LAP, ORIGIN));

            assertEquals(List.of(P, P, P, F), outcomes(points).subList(0, 4));
            assertTrue(points.get(3).finding().startsWith("the preflight of a POST does not allow the origin " + ORIGIN), points.get(3).toString());
            assertTrue(points.get(3).fix().startsWith("Allow " + ORIGIN + " in the LRS's CORS settings"), points.get(3).fix());
        }
    }

    @Test
    void anLrsUnderAnotherPathIsFoundAndItsUrlSuggested() throws Exception {
        try (FaultyFront front = new FaultyFront(LearningLocker.shared().endpoint()).servedUnder("/data/xAPI/")) {
            String host = front.endpoint().replace("data/xAPI/", "");
            List<CheckPoint> points = reported("a front serving the LRS under /data/xAPI/ only", check.check(host, LAP, ORIGIN));

            assertEquals(List.of(P, F, N, N, N), outcomes(points));
            assertEquals("Use " + front.endpoint() + " as the LRS URL: an xAPI LRS answers there.", points.get(1).fix());
        }
    }

    @Test
    void aPortNobodyListensOnIsARefusedConnection() throws Exception {
        List<CheckPoint> points = reported("a port nobody listens on",
                check.check("http://127.0.0.1:" + FreePort.find() + "/xAPI/", LAP, ORIGIN));

        assertEquals(List.of(F, N, N, N, N), outcomes(points));
        assertTrue(points.get(0).finding().endsWith("refused the connection (nothing listens on that port)."), points.get(0).toString());
    }

    @Test
    void aHostThatDoesNotResolveIsNamedAsDns() throws Exception {
        List<CheckPoint> points = reported("a host that does not resolve", check.check("https://lrs.invalid/xAPI/", LAP, ORIGIN));

        assertEquals("the host name lrs.invalid does not resolve (DNS).", points.get(0).finding());
    }

    @Test
    void aCertificateNobodyTrustsIsATlsFailure() throws Exception {
        Path keystore = Files.createTempDirectory("lrs-tls").resolve("lrs.p12");
        Build.run(Path.of(""), Path.of("target/keytool.log"), List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "lrs", "-keyalg", "RSA", "-keysize", "2048", "-dname", "CN=127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", "changeit", "-keypass", "changeit"));
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (FileInputStream in = new FileInputStream(keystore.toFile())) {
            keys.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "changeit".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.createContext("/", exchange -> exchange.sendResponseHeaders(404, -1));
        server.start();
        try {
            List<CheckPoint> points = reported("a TLS server with a self-signed certificate",
                    check.check("https://127.0.0.1:" + server.getAddress().getPort() + "/xAPI/", LAP, ORIGIN));

            assertEquals(F, points.get(0).outcome());
            assertTrue(points.get(0).finding().startsWith("the TLS handshake with 127.0.0.1:"), points.get(0).toString());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aServerThatNeverAnswersIsATimeout() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            Thread holder = new Thread(() -> {
                try (Socket held = silent.accept()) {
                    Thread.sleep(10_000);
                } catch (Exception closed) {
                    // the test is over
                }
            });
            holder.setDaemon(true);
            holder.start();
            List<CheckPoint> points = reported("a server that never answers", new LrsCheck(Duration.ofSeconds(1))
                    .check("http://127.0.0.1:" + silent.getLocalPort() + "/xAPI/", LAP, ORIGIN));

            assertEquals("127.0.0.1:" + silent.getLocalPort() + " did not answer within 1 s (timeout).", points.get(0).finding());
        }
    }

    /** An LRS that judges a statement before its credentials: the State API still shows the refused login. */
    @Test
    void aWrongPasswordIsFoundEvenWhereStatementsAreJudgedBeforeTheirCredentials() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, LAP.authorizationHeader(), null);
             FaultyFront front = new FaultyFront(lrs.endpoint())) {
            front.rejectBatches("{}"::equals); // the check's empty statement: 400 whoever sends it
            List<CheckPoint> points = reported("a front answering 400 to an empty statement before any login, then the preview LRS",
                    check.check(front.endpoint(), new Credentials(LearningLocker.LOGIN, "wrong"), ORIGIN));
            assertEquals(F, points.get(2).outcome(), points.get(2).toString());
            assertEquals("the LRS refused the login and password on its State API (HTTP 401).", points.get(2).finding());
        }
    }

    /** A redirect (http to https, say) is named with the URL to use: browsers do not follow one for a preflight. */
    @Test
    void aRedirectNamesTheUrlToUse() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            exchange.getResponseHeaders().set("Location", "https://lrs.example.com" + exchange.getRequestURI().getPath());
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
        });
        server.start();
        try {
            List<CheckPoint> points = reported("a server that redirects to https",
                    check.check("http://127.0.0.1:" + server.getAddress().getPort() + "/xAPI/", LAP, ORIGIN));

            assertEquals(List.of(P, F, N, N, N), outcomes(points));
            assertEquals("Use https://lrs.example.com/xAPI/ as the LRS URL.", points.get(1).fix());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aUrlJavaCannotUseIsAFailedPointNotACrash() throws Exception {
        List<CheckPoint> points = reported("an LRS URL with an underscore in its host",
                check.check("http://my_host/xAPI/", LAP, ORIGIN));

        assertEquals(List.of(F, N, N, N, N), outcomes(points));
        assertTrue(points.get(0).finding().startsWith("the URL http://my_host/xAPI/ cannot be used"), points.get(0).toString());
    }

    @Test
    void withoutAnOriginCorsIsNotCheckedAndSaysWhatItNeeds() throws Exception {
        List<CheckPoint> points = check.check(LearningLocker.shared().endpoint(), LAP, null);

        assertEquals(List.of(P, P, P, N, W), outcomes(points));
        assertTrue(points.get(3).finding().contains("give the web address learners will open the course from"), points.get(3).toString());
    }

    /** The runtime writes the attempt with PUT: a CORS setup that allows POST only keeps resume on one device. */
    @Test
    void aStateApiTheBrowserMayNotWriteToIsAWarning() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, LAP.authorizationHeader(), null);
             FaultyFront front = new FaultyFront(lrs.endpoint()).allowingMethods("GET, POST, OPTIONS")) {
            List<CheckPoint> points = reported("a front allowing GET and POST only, before the preview LRS",
                    check.check(front.endpoint(), LAP, ORIGIN));

            assertEquals(List.of(P, P, P, P, W), outcomes(points));
            assertTrue(points.get(4).finding().contains("does not allow the method PUT"), points.get(4).toString());
        }
    }

    @Test
    void thePreviewLrsPassesEveryPoint() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, LAP.authorizationHeader(), null)) {
            List<CheckPoint> points = reported("the preview LRS", check.check(lrs.endpoint(), LAP, ORIGIN));

            assertEquals(List.of(P, P, P, P, P), outcomes(points));
            assertEquals(List.of(), lrs.statements(), "nothing stored");
        }
    }
}
