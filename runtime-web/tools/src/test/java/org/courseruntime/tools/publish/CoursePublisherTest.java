package org.courseruntime.tools.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.courseruntime.publish.PublishStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class CoursePublisherTest {
    private static final Path DEMO = DemoCourse.FOLDER;
    private static final String TINCAN_NS = "http://projecttincan.com/tincan.xsd";

    @TempDir
    Path work;

    private Path settings(String name, String endpoint) throws Exception {
        return Files.writeString(work.resolve(name), DemoCourse.settings(endpoint));
    }

    private static Map<String, byte[]> entries(Path zip) throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    @Test
    void writesTheExportedCourseAndAZipWithTheRuntimeTheSettingsAndTheTinCanAndCmi5Manifests() throws Exception {
        Path zip = CoursePublisher.publish(DEMO, settings("a.json", "https://lrs.example.com/xapi/"), work.resolve("out")).published().zip();

        assertEquals("xapi-in-ten-minutes.zip", zip.getFileName().toString());
        Map<String, byte[]> entries = entries(zip);
        assertEquals(List.of("cmi5.xml", "course-check.js", "course-runtime.js", "course.css", "course.js", "course.json",
                "index.html", "publish-settings.json", "tincan.xml"), List.copyOf(entries.keySet()));
        assertArrayEquals(CoursePublisher.class.getResourceAsStream(CoursePublisher.RUNTIME_RESOURCE).readAllBytes(),
                entries.get("course-runtime.js"));
        assertArrayEquals(CoursePublisher.class.getResourceAsStream(CoursePublisher.CHECK_RESOURCE).readAllBytes(),
                entries.get("course-check.js"));
        assertTrue(Files.isRegularFile(work.resolve("out/course/index.html")));
        assertArrayEquals(entries.get("tincan.xml"), Files.readAllBytes(work.resolve("out/course/tincan.xml")));
    }

    /**
     * The rules of tincan.xsd (http://projecttincan.com/tincan.xsd), checked one by one: no public copy of the whole
     * schema was found to validate against.
     */
    @Test
    void theTinCanManifestNamesAndDescribesTheCourseActivityAndGivesTheLaunchPage() throws Exception {
        Path zip = CoursePublisher.publish(DEMO, settings("a.json", "https://lrs.example.com/xapi/"), work.resolve("out")).published().zip();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document manifest = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries(zip).get("tincan.xml")));

        Element root = manifest.getDocumentElement();
        assertEquals("tincan", root.getLocalName());
        assertEquals(TINCAN_NS, root.getNamespaceURI());
        Element activity = (Element) root.getElementsByTagNameNS(TINCAN_NS, "activity").item(0);
        assertEquals(1, root.getElementsByTagNameNS(TINCAN_NS, "activity").getLength());
        assertEquals("https://courses.example.com/xapi-in-ten-minutes", activity.getAttribute("id"));
        assertEquals("http://adlnet.gov/expapi/activities/course", activity.getAttribute("type"));
        List<Element> children = new ArrayList<>();
        for (Node child = activity.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                assertEquals(TINCAN_NS, element.getNamespaceURI());
                children.add(element);
            }
        }
        assertEquals(List.of("name", "description", "launch"), children.stream().map(Element::getLocalName).toList(),
                "the schema's order; name and description are required");
        for (Element text : children.subList(0, 2)) {
            assertEquals("en-US", text.getAttribute("lang"));
            assertEquals("Tracking learning with xAPI in ten minutes", text.getTextContent(), "the title stands in");
        }
        Element launch = children.get(2);
        assertEquals("en-US", launch.getAttribute("lang"));
        assertEquals("index.html", launch.getTextContent());
        assertTrue(entries(zip).containsKey(launch.getTextContent()), "the launch page is in the package");
    }

    @Test
    void republishingWithOtherSettingsChangesOnlyTheSettingsAndTheStamp() throws Exception {
        Map<String, byte[]> first = entries(CoursePublisher.publish(DEMO, settings("a.json", "https://lrs-a.example.com/xapi/"), work.resolve("a")).published().zip());
        Map<String, byte[]> second = entries(CoursePublisher.publish(DEMO, settings("b.json", "https://lrs-b.example.com/xapi/"), work.resolve("b")).published().zip());

        assertEquals(first.keySet(), second.keySet());
        String firstPage = new String(first.get("index.html"), StandardCharsets.UTF_8);
        String secondPage = new String(second.get("index.html"), StandardCharsets.UTF_8);
        assertEquals(stampOf(firstPage).split(" ")[1], stampOf(secondPage).split(" ")[1], "the course's digest");
        assertNotEquals(stampOf(firstPage).split(" ")[2], stampOf(secondPage).split(" ")[2], "the settings' digest");
        assertEquals(firstPage.replace(stampOf(firstPage), ""), secondPage.replace(stampOf(secondPage), ""));
        for (String name : first.keySet()) {
            if (name.equals("index.html")) {
                continue;
            }
            if (name.equals("publish-settings.json")) {
                assertNotEquals(new String(first.get(name)), new String(second.get(name)));
            } else {
                assertArrayEquals(first.get(name), second.get(name), name);
            }
        }
    }

    /** The launch page's stamp: one meta element, right after {@code <head>}, the author's page otherwise unchanged. */
    @Test
    void theLaunchPageCarriesTheStampOfTheCheckedDocumentsRightAfterItsHead() throws Exception {
        Path settings = settings("a.json", "https://lrs.example.com/xapi/");
        CoursePublisher.publish(DEMO, settings, work.resolve("out"));
        String page = Files.readString(work.resolve("out/course/index.html"));
        String stamp = PublishStamp.of(Files.readString(DEMO.resolve("course.json")), Files.readString(settings));

        assertEquals(1, page.split("course-runtime-stamp", -1).length - 1, page);
        assertTrue(page.contains("<head>\n<meta name=\"course-runtime-stamp\" content=\"" + stamp + "\">\n"), page);

        CoursePublisher.publish(work.resolve("out/course"), settings, work.resolve("again"));
        assertEquals(page, Files.readString(work.resolve("again/course/index.html")), "republishing an export replaces its stamp");
    }

    @Test
    void theStampGoesWhereTheBrowserPutsItInTheHeadWhateverTheAuthorsPageLooksLike() throws Exception {
        String stamp = "1 0123456789abcdef 0123456789abcdef";
        String meta = "<meta name=\"course-runtime-stamp\" content=\"" + stamp + "\">";
        assertEquals("<!DOCTYPE html>\r\n<!-- styles go in <head> -->\r\n<HTML><HEAD lang=\"en\">\r\n" + meta + "\r\n<title>T</title>",
                StampedPage.of("<!DOCTYPE html>\r\n<!-- styles go in <head> -->\r\n<HTML><HEAD lang=\"en\">\r\n<title>T</title>", stamp),
                "not in a comment; the page's own line endings");
        assertEquals("<!DOCTYPE html>\n" + meta + "\n<title>T</title><script src=\"course-runtime.js\"></script>",
                StampedPage.of("<!DOCTYPE html>\n<title>T</title><script src=\"course-runtime.js\"></script>", stamp),
                "a page without a head, as HTML allows");
        assertEquals("<head>\n" + meta + "\n<header>", StampedPage.of("<head>\n<META content='1 x y' NAME='course-runtime-stamp' />\n<header>", stamp),
                "an earlier stamp, reformatted by an editor, replaced");
    }

    @Test
    void aLaunchPageInAnotherEncodingKeepsEveryByte() throws Exception {
        Path course = Files.createDirectories(work.resolve("latin"));
        Files.copy(DEMO.resolve("course.json"), course.resolve("course.json"));
        byte[] page = "<!DOCTYPE html><html><head><title>Caf\u00e9</title></head></html>".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(course.resolve("index.html"), page);

        CoursePublisher.publish(course, settings("a.json", "https://lrs.example.com/xapi/"), work.resolve("out"));

        String published = Files.readString(work.resolve("out/course/index.html"), StandardCharsets.ISO_8859_1);
        assertArrayEquals(page, published.replaceAll("<meta name=\"course-runtime-stamp\"[^>]*>\n", "")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void publishingIntoTheCourseFolderItselfIsRefusedBeforeAnythingIsDeleted() throws Exception {
        Path settings = settings("a.json", "https://lrs.example.com/xapi/");
        CoursePublisher.publish(DEMO, settings, work.resolve("out"));
        Path export = work.resolve("out/course");

        IOException error = assertThrows(IOException.class, () -> CoursePublisher.publish(export, settings, work.resolve("out")));

        assertTrue(error.getMessage().endsWith(": publish into another folder"), error.getMessage());
        assertTrue(Files.isRegularFile(export.resolve("course.json")), "the course's files are still there");
    }

    private static String stampOf(String page) {
        int start = page.indexOf("content=\"", page.indexOf("course-runtime-stamp")) + "content=\"".length();
        return page.substring(start, page.indexOf('"', start));
    }

    @Test
    void anInvalidCourseOrSettingsStopTheExportWithEveryProblemListed() throws Exception {
        Path broken = Files.createDirectories(work.resolve("broken"));
        Files.writeString(broken.resolve("index.html"), "<!DOCTYPE html>");
        Files.writeString(broken.resolve("course.json"), "{\"id\": \"not an iri\", \"title\": \"T\", \"language\": \"en\", \"sections\": []}");
        Path badSettings = Files.writeString(work.resolve("bad.json"), "{\"lrs\": {\"endpoint\": \"ftp://x\"}, \"statements\": [\"finish\"]}");

        Publication publication = CoursePublisher.publish(broken, badSettings, work.resolve("out"));

        assertEquals(List.of(
                new CourseProblem(broken.resolve("course.json").toString(), null,
                        "id: must be an absolute IRI such as https://courses.example.com/my-course"),
                new CourseProblem(broken.resolve("course.json").toString(), null, "sections: needs at least one section"),
                new CourseProblem(badSettings.toString(), null, "lrs.endpoint: must be an http:// or https:// URL"),
                new CourseProblem(badSettings.toString(), null, "statements: item 0 is not one of started, progressed,"
                        + " experienced, answered, mastered, passed, failed")), publication.problems());
        assertNull(publication.exported());
        assertNull(publication.zip());
        assertFalse(Files.exists(work.resolve("out")), "nothing is written");
    }

    /** An authoring tool holding the settings in memory publishes without writing them to a file first. */
    @Test
    void settingsHeldAsTextArePublishedAndTheirProblemsCarryTheNameGiven() throws Exception {
        Publication published = CoursePublisher.publish(DEMO, "tool settings",
                Files.readString(settings("a.json", "https://lrs.example.com/xapi/")), work.resolve("out"));
        assertTrue(published.isPublished());
        assertTrue(Files.isRegularFile(published.zip()));
        assertEquals(published.exported(), work.resolve("out/course"));

        Publication refused = CoursePublisher.publish(DEMO, "tool settings", "{\"lrs\": {}}", work.resolve("other"));
        assertEquals("tool settings: lrs.endpoint: missing", refused.problems().get(0).toString());
    }

    @Test
    void aCourseIdThatIsNotAnAbsoluteIriStopsThePublishBeforeAnyManifestIsWritten() throws Exception {
        Path course = Files.createDirectories(work.resolve("relative-id"));
        Files.writeString(course.resolve("index.html"), "<!DOCTYPE html>");
        Files.writeString(course.resolve("course.json"), Files.readString(DEMO.resolve("course.json"))
                .replace("\"https://courses.example.com/xapi-in-ten-minutes\"", "\"xapi-in-ten-minutes\""));

        Publication publication = CoursePublisher.publish(course, settings("a.json", "https://lrs.example.com/xapi/"), work.resolve("out"));

        assertEquals(List.of("id: must be an absolute IRI such as https://courses.example.com/my-course"),
                publication.problems().stream().map(CourseProblem::message).toList());
        assertFalse(Files.exists(work.resolve("out")), "no tincan.xml or cmi5.xml is written");
    }
}
