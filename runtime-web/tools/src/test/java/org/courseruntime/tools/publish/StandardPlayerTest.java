package org.courseruntime.tools.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A course that is only its course.json (and the media it names): the publisher writes the standard player's page
 * from it, with each content page's Markdown body as safe HTML, and the player's script and style.
 */
class StandardPlayerTest {
    @TempDir
    Path work;

    private Path course(String body) throws Exception {
        Path folder = Files.createDirectories(work.resolve("my-course"));
        Files.writeString(folder.resolve("course.json"), """
                {"id": "https://courses.example.com/mine", "title": "Mine <b>bold</b> & co", "language": "de-DE",
                 "sections": [{"id": "s", "title": "S", "pages": [
                   {"id": "intro", "type": "content", "title": "Intro", "body": %s},
                   {"id": "q", "type": "question", "title": "Q", "interactionType": "true-false", "correct": true}]}]}
                """.formatted(org.courseruntime.json.JsonWriter.write(body)));
        return folder;
    }

    private Path settings() throws Exception {
        return Files.writeString(work.resolve("settings.json"),
                "{\"lrs\": {\"endpoint\": \"https://lrs.example.com/xapi/\"}, \"statements\": [\"started\"]}");
    }

    private Document published(Path folder) throws Exception {
        Publication publication = CoursePublisher.publish(folder, settings(), work.resolve("out"));
        assertEquals(List.of(), publication.problems());
        return Jsoup.parse(publication.exported().resolve("index.html").toFile());
    }

    /** The messages of the problems that stopped publishing {@code folder}. */
    private List<String> problems(Path folder) throws Exception {
        Publication publication = CoursePublisher.publish(folder, settings(), work.resolve("out"));
        assertFalse(publication.isPublished());
        assertFalse(Files.exists(work.resolve("out")), "nothing is written");
        return publication.problems().stream().map(CourseProblem::message).toList();
    }

    @Test
    void thePageIsWrittenFromTheCourseWithEachBodyAsSafeHtml() throws Exception {
        Path folder = course("""
                # Lifting

                Keep the load **close**, see [the guide](media/guide.pdf) and ![a box](media/box.png).

                <script>alert(1)</script><img src="media/box.png" onerror="alert(2)"><p style="color:red">red</p>
                [a trap](javascript:alert(3)) <a href="https://example.com/" onclick="alert(4)">out</a>
                """);
        Files.createDirectories(folder.resolve("media"));
        Files.write(folder.resolve("media/box.png"), new byte[] {1, 2, 3});
        Files.write(folder.resolve("media/guide.pdf"), new byte[] {4});

        Document page = published(folder);

        assertEquals("de-DE", page.selectFirst("html").attr("lang"));
        assertEquals("Mine <b>bold</b> & co", page.title(), "the title as text");
        assertEquals("Mine <b>bold</b> & co", page.getElementById("course-title").text());
        Element intro = page.selectFirst("section.content-page[data-page=intro]");
        assertTrue(intro.hasAttr("hidden"));
        assertEquals("Lifting", intro.selectFirst("h3").text(), "under the page's own h2 title");
        assertEquals("close", intro.selectFirst("strong").text());
        assertEquals(List.of("media/box.png", "media/box.png"), intro.select("img").eachAttr("src"));
        assertEquals(List.of("media/guide.pdf", "", "https://example.com/"), intro.select("a").eachAttr("href"));
        assertEquals(0, page.select("main script, [onerror], [onclick], [style]").size(), intro.html());
        assertFalse(intro.html().contains("javascript:"), intro.html());
        assertEquals(1, page.select("section.content-page").size(), "a question page has no body section");
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(work.resolve("out/course/media/box.png")));
        for (String player : List.of("course.js", "course.css")) {
            assertArrayEquals(CoursePublisher.class.getResourceAsStream("player/" + player).readAllBytes(),
                    Files.readAllBytes(work.resolve("out/course/" + player)), player);
        }
        assertEquals(1, page.select("meta[name=course-runtime-stamp]").size());
    }

    @Test
    void aFileABodyNamesThatIsNotInTheCourseFolderIsAProblemOfItsPage() throws Exception {
        Path folder = course("![gone](media/gone.png) and [secret](../settings.json) and [anchor](#top)");

        assertEquals(List.of("page \"intro\": body: \"media/gone.png\" is not a file of the course folder",
                "page \"intro\": body: \"../settings.json\" is outside the course folder"), problems(folder));
    }

    @Test
    void aFileNameWithASpaceIsFoundByItsUrlAndALinkToOutsideTheFolderIsRefused() throws Exception {
        Path folder = course("![photo](media/my%20photo.png) and [secret](media/secret.txt)");
        Files.createDirectories(folder.resolve("media"));
        Files.write(folder.resolve("media/my photo.png"), new byte[] {1});
        Path secret = Files.writeString(work.resolve("secret.txt"), "the LAP password");
        Files.createSymbolicLink(folder.resolve("media/secret.txt"), secret);

        assertEquals(List.of("page \"intro\": body: \"media/secret.txt\" is not a file of the course folder"), problems(folder));
    }

    @Test
    void aLinkNoBodyNamesIsLeftOutOfTheExport() throws Exception {
        Path folder = course("Hello.");
        Path secret = Files.writeString(work.resolve("secret.txt"), "the LAP password");
        Files.createSymbolicLink(folder.resolve("notes.txt"), secret);

        published(folder);

        assertFalse(Files.exists(work.resolve("out/course/notes.txt")));
    }

    @Test
    void anAuthorsOwnPageOrStyleReplacesThePlayersOwn() throws Exception {
        Path folder = course("Hello.");
        Files.writeString(folder.resolve("course.css"), "main { color: teal; }");
        Files.writeString(folder.resolve("index.html"), "<!DOCTYPE html><html><head><title>Own</title></head><body>Own page</body></html>");

        Document page = published(folder);

        assertEquals("Own", page.title());
        assertEquals("main { color: teal; }", Files.readString(work.resolve("out/course/course.css")));
        assertTrue(Files.isRegularFile(work.resolve("out/course/course.js")), "the player's script where the author has none");
    }
}
