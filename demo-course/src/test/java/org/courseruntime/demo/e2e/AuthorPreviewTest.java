package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.courseruntime.demo.support.LearnerBrowser;
import org.junit.jupiter.api.Test;

/**
 * The author previewing a course sees what the runtime tells the console, in the page: {@code course-tools preview}
 * run as an author runs it, the demo course opened with a launch the runtime refuses.
 */
class AuthorPreviewTest {
    @Test
    void theRuntimesConsoleProblemsAreListedInThePreviewPage() throws Exception {
        Path data = Files.createTempDirectory("preview-data");
        Process preview = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.courseruntime.tools.CourseTools", "preview",
                "src/main/course", "--port", "0", "--lrs-port", "0", "--data", data.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(preview.getInputStream(), StandardCharsets.UTF_8));
             LearnerBrowser author = new LearnerBrowser()) {
            String course = null;
            for (String line = out.readLine(); line != null && course == null; line = out.readLine()) {
                course = line.startsWith("Course:") ? line.substring("Course:".length()).trim() : null;
            }
            assertTrue(course != null, "the preview names the course's address");

            author.open(course + "index.html?endpoint=not-a-url");
            author.waitUntil("document.querySelectorAll('#author-preview-messages li').length > 0", 10_000);

            List<?> shown = (List<?>) author.js("[].map.call(document.querySelectorAll('#author-preview-messages li'), function (li) { return li.textContent; })");
            assertEquals(author.consoleErrors.size() + author.consoleWarnings.size(), shown.size(), shown + " " + author.consoleErrors);
            String first = (String) shown.get(0);
            assertTrue(first.startsWith("Error: ") && author.consoleErrors.get(0).endsWith(first.substring("Error: ".length())),
                    first + " / " + author.consoleErrors);
            assertFalse(Files.exists(Path.of("target/course/author-preview.js")), "a published course has no such panel");
        } finally {
            preview.destroy();
            preview.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
