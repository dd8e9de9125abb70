package com.example.exporter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.courseruntime.tools.publish.CourseProblem;
import org.courseruntime.tools.publish.CoursePublisher;
import org.courseruntime.tools.publish.Publication;

/**
 * What a Java authoring tool does with the course tools: publishes each course folder given (with its
 * publish-settings.json) into OUT/<n>, printing the zip or each problem; then reads course-runtime.js from the WebJar,
 * as a tool that serves its own preview would. Arguments: OUT COURSE_FOLDER...
 */
public final class Exporter {
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path folder = Path.of(args[i]);
            Publication publication = CoursePublisher.publish(folder, folder.resolve("publish-settings.json"), out.resolve(String.valueOf(i)));
            if (publication.isPublished()) {
                System.out.println("PUBLISHED " + publication.zip());
            }
            for (CourseProblem problem : publication.problems()) {
                System.out.println("PROBLEM " + problem.id() + " | " + problem);
            }
        }
        String runtime = "/META-INF/resources/webjars/course-runtime/" + System.getProperty("courseruntime.version") + "/course-runtime.js";
        try (InputStream in = Exporter.class.getResourceAsStream(runtime)) {
            System.out.println("WEBJAR " + (in == null ? "missing " + runtime : in.readAllBytes().length + " B"));
        }
    }
}
