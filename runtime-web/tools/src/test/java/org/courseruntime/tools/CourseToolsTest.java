package org.courseruntime.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.courseruntime.lrs.Credentials;
import org.courseruntime.tools.preview.PreviewLrs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The author's command line: what it prints and the exit code a script tests, for each outcome. */
class CourseToolsTest {
    private static final String COURSE = """
            {"id": "https://courses.example.com/lifting", "title": "Safe lifting", "language": "en-US",
             "sections": [{"id": "basics", "title": "Basics", "pages": [
               {"id": "intro", "type": "content", "title": "Why", "body": "Lift **with your legs**.\\n\\n![A box](media/box.png)"},
               {"id": "q-tf", "type": "question", "title": "Bend?", "interactionType": "true-false", "correct": true}]}]}
            """;
    private static final String SETTINGS = "{\"lrs\": {\"endpoint\": \"https://lrs.example.com/xapi/\"}, \"statements\": [\"started\"]}";

    @TempDir
    Path work;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return CourseTools.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path course(String courseJson) throws Exception {
        Path folder = Files.createDirectories(work.resolve("my-course"));
        Files.writeString(folder.resolve("course.json"), courseJson);
        Files.writeString(folder.resolve("publish-settings.json"), SETTINGS);
        Files.createDirectories(folder.resolve("media"));
        Files.write(folder.resolve("media/box.png"), new byte[] {1});
        return folder;
    }

    @Test
    void helpNamesBothCommandsAndTheExitCodes() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("publish") && out.toString().contains("preview"), out.toString());
        assertTrue(out.toString().contains("3   a file that cannot be read or written, or a port in use"), out.toString());
        assertEquals(0, run("publish", "--help"));
        assertTrue(out.toString().contains("--settings=FILE"), out.toString());
    }

    @Test
    void aCourseOfItsCourseJsonAloneIsPublished() throws Exception {
        Path folder = course(COURSE);

        assertEquals(0, run("publish", folder.toString(), "--out", work.resolve("out").toString()), err.toString());

        assertTrue(Files.isRegularFile(work.resolve("out/lifting.zip")));
        assertTrue(Files.readString(work.resolve("out/course/index.html")).contains("<strong>with your legs</strong>"));
        assertEquals("", err.toString());
    }

    @Test
    void everyProblemIsALineNamingTheFileAndThePage() throws Exception {
        Path folder = course(COURSE.replace("\"correct\": true", "\"correct\": \"yes\"").replace("media/box.png", "media/gone.png"));
        Files.writeString(folder.resolve("publish-settings.json"), SETTINGS.replace("\"started\"", "\"begun\""));

        assertEquals(1, run("publish", folder.toString(), "--out", work.resolve("out").toString()));

        assertEquals(folder.resolve("course.json") + ": page \"q-tf\": correct: must be true or false\n"
                + folder.resolve("publish-settings.json") + ": statements: item 0 is not one of started, progressed,"
                + " experienced, answered, mastered, passed, failed\nNot published.\n", err.toString());
        assertFalse(Files.exists(work.resolve("out")));
    }

    @Test
    void aFileTheBodyNamesThatIsMissingIsAProblemOfItsPage() throws Exception {
        Path folder = course(COURSE.replace("media/box.png", "media/gone.png"));

        assertEquals(1, run("publish", folder.toString(), "--out", work.resolve("out").toString()));

        assertEquals(folder.resolve("course.json") + ": page \"intro\": body: \"media/gone.png\" is not a file of the"
                + " course folder\nNot published.\n", err.toString());
    }

    @Test
    void aMissingFolderOrFileIsNamedWithoutAStackTrace() throws Exception {
        assertEquals(3, run("publish", work.resolve("nowhere").toString()));
        assertEquals("Not published: " + work.resolve("nowhere") + " is not a folder: give the course folder, the one"
                + " holding course.json\n", err.toString());

        Path folder = course(COURSE);
        Files.delete(folder.resolve("publish-settings.json"));
        err.getBuffer().setLength(0);
        assertEquals(3, run("publish", folder.toString()));
        assertEquals("Not published: " + folder.resolve("publish-settings.json") + " does not exist\n", err.toString());
    }

    @Test
    void aPortInUseIsNamedWithTheOptionThatChangesIt() throws Exception {
        Path folder = course(COURSE);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();

            assertEquals(3, run("preview", folder.toString(), "--lrs-port", String.valueOf(port), "--data",
                    work.resolve("data").toString()));

            assertTrue(err.toString().startsWith("Not previewed: port " + port + " on 127.0.0.1 is in use"), err.toString());
            assertTrue(err.toString().endsWith(": choose another with --lrs-port\n"), err.toString());
        }
    }

    @Test
    void thePreviewSendsToThePreviewLrsAndKeepsTheAuthorsChoiceOfStatements() throws Exception {
        String settings = "{\"lrs\": {\"endpoint\": \"https://real.example.com/xapi/\", \"login\": \"lap\", \"password\": \"s3cret\"},"
                + " \"statements\": [\"started\", \"passed\"], \"login\": \"optional\"}";

        String preview = PreviewCommand.towards("http://127.0.0.1:8101/xAPI/", settings);

        assertEquals("{\"lrs\":{\"endpoint\":\"http://127.0.0.1:8101/xAPI/\",\"login\":\"preview\",\"password\":\"preview\"},"
                + "\"statements\":[\"started\",\"passed\"],\"login\":\"optional\"}", preview);
    }

    @Test
    void aCourseFolderGivenAsTheCurrentFolderIsPublished() throws Exception {
        Path folder = course(COURSE);
        Path relative = Path.of("").toAbsolutePath().relativize(folder);

        assertEquals(0, run("publish", relative.toString(), "--out", work.resolve("out").toString()), err.toString());
    }

    @Test
    void aPortThatIsNoPortIsAWrongCommandLine() throws Exception {
        assertEquals(2, run("preview", course(COURSE).toString(), "--port", "99999"));
        assertEquals("Not previewed: 99999 is not a port (0 to 65535)\n", err.toString());
    }

    @Test
    void aWrongCommandLineIsExitCodeTwo() {
        assertEquals(2, run("publish"));
        assertTrue(err.toString().contains("Missing required parameter: 'COURSE_FOLDER'"), err.toString());
    }

    /** --check-lrs: the check's lines, then the publish only when every point passed. */
    @Test
    void publishWithCheckLrsPublishesOnlyWhenEveryPointPasses() throws Exception {
        Path folder = course(COURSE);
        try (PreviewLrs lrs = new PreviewLrs(0, new Credentials("lap", "s3cret-lap").authorizationHeader(), null)) {
            Files.writeString(folder.resolve("publish-settings.json"), "{\"lrs\": {\"endpoint\": \"" + lrs.endpoint()
                    + "\", \"login\": \"lap\", \"password\": \"s3cret-lap\"}, \"statements\": [\"started\"]}");

            assertEquals(0, run("publish", folder.toString(), "--out", work.resolve("out").toString(), "--check-lrs",
                    "--origin", "http://127.0.0.1:8100"), err.toString());

            assertEquals(5, out.toString().lines().filter(line -> line.startsWith("  passed ")).count(), out.toString());
            assertTrue(Files.isRegularFile(work.resolve("out/lifting.zip")));
            assertFalse(out.toString().contains("s3cret-lap"), "the password is never printed");
        }
        out.getBuffer().setLength(0);

        assertEquals(4, run("publish", folder.toString(), "--out", work.resolve("again").toString(), "--check-lrs",
                "--origin", "https://courses.example.com"));

        assertTrue(out.toString().contains("FAILED      Reachable: "), out.toString());
        assertEquals("Not published: the LRS check failed (see the fixes above).\n", err.toString());
        assertFalse(Files.exists(work.resolve("again")), "nothing is published");
    }

    @Test
    void checkLrsWithoutAnOriginIsAWrongCommandLine() throws Exception {
        assertEquals(2, run("publish", course(COURSE).toString(), "--check-lrs"));
        assertTrue(err.toString().startsWith("Not published: --check-lrs needs --origin"), err.toString());
    }

    @Test
    void anOriginThatIsNotOneIsAWrongCommandLine() throws Exception {
        assertEquals(2, run("publish", course(COURSE).toString(), "--check-lrs", "--origin", "https://courses.example.com/path"));
        assertEquals("Not published: --origin \"https://courses.example.com/path\" is not a web origin such as"
                + " https://courses.example.com (scheme, host and port, no path)\n", err.toString());
    }
}
