package org.courseruntime.demo.course;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeSet;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.CourseDefinitionReader;
import org.courseruntime.course.Page;
import org.courseruntime.interaction.InteractionType;
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

    @Test
    void everyContentPageOfTheDefinitionHasItsMarkupInTheCoursePage() throws Exception {
        CourseDefinition course = CourseDefinitionReader.read(Files.readString(COURSE.resolve("course.json")));
        String html = Files.readString(COURSE.resolve("index.html"));

        for (Page page : course.pages()) {
            assertEquals(!page.isQuestion(), html.contains("data-page=\"" + page.id() + "\""), page.id());
        }
    }
}
