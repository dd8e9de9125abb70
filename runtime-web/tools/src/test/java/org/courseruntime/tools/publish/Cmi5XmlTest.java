package org.courseruntime.tools.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.PassCriteria;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class Cmi5XmlTest {
    private static final String NS = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    private static final String COURSE_ID = "https://courses.example.com/safe-lifting";

    @TempDir
    Path work;

    /** Throws, naming the line and the rule broken, unless {@code xml} is valid against the cmi5 course structure schema. */
    private static void validate(String xml) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Cmi5XmlTest.class.getResource("/cmi5/CourseStructure.xsd"))
                .newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    private static Element root(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement();
    }

    private static Element child(Element parent, String name) {
        return (Element) parent.getElementsByTagNameNS(NS, name).item(0);
    }

    private static Map<String, String> langstrings(Element text) {
        Map<String, String> langstrings = new LinkedHashMap<>();
        NodeList items = text.getElementsByTagNameNS(NS, "langstring");
        for (int i = 0; i < items.getLength(); i++) {
            Element item = (Element) items.item(i);
            langstrings.put(item.getAttribute("lang"), item.getTextContent());
        }
        return langstrings;
    }

    /** A course with a mastery score of its own (0.9), which is not cmi5's masteryScore. */
    private static CourseDefinition course(Map<String, String> title, PassCriteria passCriteria) {
        return new CourseDefinition(COURSE_ID, title, "en-US", 0.9, passCriteria, List.of(), 0);
    }

    @Test
    void thePublishedZipHoldsACmi5XmlValidAgainstTheCourseStructureSchema() throws Exception {
        Path settings = Files.writeString(work.resolve("settings.json"),
                DemoCourse.settings("https://lrs.example.com/xapi/"));
        Path zip = CoursePublisher.publish(DemoCourse.FOLDER, settings, work.resolve("out")).published().zip();

        byte[] cmi5;
        try (ZipFile zipped = new ZipFile(zip.toFile())) {
            cmi5 = zipped.getInputStream(zipped.getEntry("cmi5.xml")).readAllBytes();
        }
        validate(new String(cmi5, StandardCharsets.UTF_8));
        assertArrayEquals(cmi5, Files.readAllBytes(work.resolve("out/course/cmi5.xml")), "the course folder has the same");
    }

    @Test
    void theCourseIsOneAuLaunchedFromItsPageAndTheCourseStructureHasAnIdOfItsOwn() throws Exception {
        Element root = root(Cmi5Xml.of(course(Map.of("en-US", "Safe lifting"), PassCriteria.ON_COMPLETION), "index.html"));

        Element course = child(root, "course");
        Element au = child(root, "au");
        assertEquals(1, root.getElementsByTagNameNS(NS, "au").getLength());
        assertEquals(COURSE_ID, au.getAttribute("id"), "the AU is the activity the course's statements name");
        assertEquals(COURSE_ID + "/cmi5-course", course.getAttribute("id"));
        assertNotEquals(course.getAttribute("id"), au.getAttribute("id"));
        assertEquals("index.html", child(au, "url").getTextContent());
        assertEquals("AnyWindow", au.getAttribute("launchMethod"));
        assertEquals("CompletedAndPassed", au.getAttribute("moveOn"));
        for (Element element : List.of(course, au)) {
            assertEquals(Map.of("en-US", "Safe lifting"), langstrings(child(element, "title")));
            assertEquals(Map.of("en-US", "Safe lifting"), langstrings(child(element, "description")), "the title stands in");
        }
    }

    @Test
    void theMasteryScoreIsThePassCriteriasMinimumScoreNotTheCoursesMasteryScore() throws Exception {
        String xml = Cmi5Xml.of(course(Map.of("en-US", "Safe lifting"), new PassCriteria(0.75, List.of())), "index.html");

        validate(xml);
        assertEquals("0.75", child(root(xml), "au").getAttribute("masteryScore"));
    }

    @Test
    void aCourseThatPassesOnCompletionHasNoMasteryScore() throws Exception {
        String xml = Cmi5Xml.of(course(Map.of("en-US", "Safe lifting"), PassCriteria.ON_COMPLETION), "index.html");

        validate(xml);
        assertFalse(child(root(xml), "au").hasAttribute("masteryScore"));
    }

    @Test
    void aTitleWithMarkupCharactersAndNonAsciiTextIsEscapedAndStillValid() throws Exception {
        Map<String, String> title = new LinkedHashMap<>();
        title.put("en-US", "Lifting <heavy> & \"awkward\" loads: don't");
        title.put("de-DE", "Größe – 重い荷物");
        String xml = Cmi5Xml.of(course(title, PassCriteria.ON_COMPLETION), "index.html");

        validate(xml);
        Element root = root(xml);
        assertEquals(title, langstrings(child(child(root, "course"), "title")));
        assertEquals(title, langstrings(child(child(root, "au"), "title")));
    }
}
