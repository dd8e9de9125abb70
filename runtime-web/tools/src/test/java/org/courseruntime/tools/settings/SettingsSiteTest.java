package org.courseruntime.tools.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The settings server's guards, as raw HTTP shows them: only the page itself may call it, a body that is not the
 * page's is refused, and a failure is said to the page without the password.
 */
class SettingsSiteTest {
    @TempDir
    Path work;

    /** Sends {@code request} as written and returns the whole answer. */
    private static String raw(SettingsSite site, String request) throws IOException {
        int port = Integer.parseInt(site.url().replaceAll(".*:(\\d+)/$", "$1"));
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.replace("PORT", String.valueOf(port)).getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private SettingsSite site(String savedSettings) throws IOException {
        Path course = Files.createDirectories(work.resolve("course"));
        Path settings = savedSettings == null ? course.resolve("publish-settings.json")
                : Files.writeString(course.resolve("publish-settings.json"), savedSettings);
        return new SettingsSite(course, settings, work.resolve("out"), 0);
    }

    private static String post(String path, String header, String body) {
        return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nConnection: close\r\n" + header
                + "Content-Type: application/json\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    @Test
    void aRequestNamingAnotherHostIsRefused() throws Exception {
        try (SettingsSite site = site(null)) {
            String answer = raw(site, "GET /api/settings HTTP/1.1\r\nHost: attacker.example:PORT\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
        }
    }

    @Test
    void aPostWithoutThePagesHeaderIsNotAnswered() throws Exception {
        try (SettingsSite site = site(null)) {
            String answer = raw(site, post("/api/publish", "", "{}"));
            assertTrue(answer.startsWith("HTTP/1.1 404"), answer);
        }
    }

    @Test
    void aBodyThatIsNotAnObjectOrTooLargeIsRefused() throws Exception {
        try (SettingsSite site = site(null)) {
            assertTrue(raw(site, post("/api/check-lrs", "X-Course-Tools: 1\r\n", "[1]")).startsWith("HTTP/1.1 400"));
            String large = "{\"endpoint\": \"" + "x".repeat(SettingsSite.MAX_BODY) + "\"}";
            assertTrue(raw(site, post("/api/check-lrs", "X-Course-Tools: 1\r\n", large)).startsWith("HTTP/1.1 400"));
        }
    }

    @Test
    void savedSettingsThatAreNotJsonAreSaidToThePageWithoutTheirText() throws Exception {
        try (SettingsSite site = site("{\"lrs\": {\"password\": \"s3cret\"")) {
            String answer = raw(site, "GET /api/settings HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 500"), answer);
            assertTrue(answer.contains("the publish settings are not JSON"), answer);
            assertFalse(answer.contains("s3cret"), answer);
        }
    }
}
