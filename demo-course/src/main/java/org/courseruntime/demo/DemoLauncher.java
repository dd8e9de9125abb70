package org.courseruntime.demo;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.tools.preview.CourseSite;
import org.courseruntime.course.CourseDefinitionReader;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.PublishSettingsReader;

/**
 * Runs the demo course: serves the exported course on 127.0.0.1:8100 and, on the port its publish settings name,
 * a preview LRS that takes the LAP login and password from those settings. Usage:
 * {@code java -jar demo-course/target/demo-course.jar [course-folder] [course-port]}.
 */
public final class DemoLauncher {
    static final int DEFAULT_COURSE_PORT = 8100;

    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path course = args.length > 0 ? Path.of(args[0]) : defaultCourseFolder();
        int coursePort = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_COURSE_PORT;
        PublishSettings settings;
        try {
            CourseDefinitionReader.read(Files.readString(course.resolve("course.json")));
            settings = PublishSettingsReader.read(Files.readString(course.resolve("publish-settings.json")));
        } catch (InvalidDocumentException e) {
            System.err.println(course + ": " + e.getMessage());
            System.exit(2);
            return;
        }
        int lrsPort = URI.create(settings.endpoint()).getPort();
        String authorization = settings.credentials() == null ? null : settings.credentials().authorizationHeader();
        PreviewLrs lrs = new PreviewLrs(lrsPort, authorization, dataFolder());
        CourseSite site = new CourseSite(course, coursePort);
        System.out.println("Demo course:   " + site.url());
        System.out.println("Preview LRS:   " + lrs.viewerUrl() + "  (statements received; xAPI endpoint " + lrs.endpoint() + ")");
        System.out.println("Preview data:  " + dataFolder().toAbsolutePath().normalize() + "  (delete it to start afresh)");
        System.out.println("Press Ctrl+C to stop.");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            site.close();
            lrs.close();
        }));
        Thread.currentThread().join();
    }

    /** Where the preview LRS keeps what it stored: {@code demo-course/preview-lrs-data}, which a build never cleans. */
    private static Path dataFolder() throws Exception {
        return jarFolder().getParent().resolve("preview-lrs-data");
    }

    private static Path jarFolder() throws Exception {
        return Path.of(DemoLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }

    /** The exported course the build writes next to the launcher's jar: {@code demo-course/target/course}. */
    private static Path defaultCourseFolder() throws Exception {
        return jarFolder().resolve("course");
    }
}
