package org.courseruntime.demo.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.CourseDefinitionReader;
import org.courseruntime.course.Page;
import org.courseruntime.interaction.InteractionType;
import org.courseruntime.json.JsonReader;
import org.courseruntime.publish.PublishSettingsReader;
import org.courseruntime.publish.StatementKind;
import org.junit.jupiter.api.Test;

/** The exported demo course is checked on the JVM at build time, as an authoring tool's export step would. */
class DemoCourseDefinitionTest {
    private static final Path COURSE = Path.of("src/main/course");

    @Test
    void theDemoCourseIsValidAndHasAQuestionOfEveryInteractionType() throws Exception {
        CourseDefinition course = CourseDefinitionReader.read(Files.readString(COURSE.resolve("course.json")));

        assertEquals(new TreeSet<>(java.util.List.of(InteractionType.values())), new TreeSet<>(course.pages().stream()
                .filter(Page::isQuestion).map(p -> p.question().interaction().type()).toList()));
    }

    @Test
    void theDemoCoursesPublishSettingsSendAllSevenStatements() throws Exception {
        assertEquals(java.util.Set.of(StatementKind.values()), java.util.Set.copyOf(
                PublishSettingsReader.read(Files.readString(COURSE.resolve("publish-settings.json"))).selected()));
    }

    /** The demo course is its course.json: every content page carries its body, which the exported page shows. */
    @Test
    void everyContentPageHasABodyThatTheExportedPageCarries() throws Exception {
        CourseDefinition course = CourseDefinitionReader.read(Files.readString(COURSE.resolve("course.json")));
        String html = Files.readString(Path.of("target/course/index.html"));
        Map<?, ?> definition = (Map<?, ?>) JsonReader.parse(Files.readString(COURSE.resolve("course.json")));

        for (Page page : course.pages()) {
            assertEquals(!page.isQuestion(), html.contains("data-page=\"" + page.id() + "\""), page.id());
        }
        for (Object section : (List<?>) definition.get("sections")) {
            for (Object page : (List<?>) ((Map<?, ?>) section).get("pages")) {
                assertEquals("content".equals(((Map<?, ?>) page).get("type")), ((Map<?, ?>) page).get("body") != null,
                        String.valueOf(((Map<?, ?>) page).get("id")));
            }
        }
        assertTrue(html.contains("<li><strong>actor</strong>: the learner"), "the anatomy page's list, from Markdown");
    }
}
