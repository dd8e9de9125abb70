package org.courseruntime.demo.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.courseruntime.tools.publish.CoursePublisher;
import org.courseruntime.tools.preview.CourseSite;

/**
 * The demo course republished with other publish settings and served on a free port of 127.0.0.1: what an author's
 * "publish for a custom LRS" produces, stamped by the publisher. Settings the publisher refuses, and files replaced
 * afterwards ({@link #withFile}), are written over the build's export as an author editing it by hand would.
 */
public final class PublishedCourse implements AutoCloseable {
    /** The demo course as the build exported it. */
    public static final Path EXPORTED = Path.of("target/course");
    /** The demo course's own files, before publishing. */
    private static final Path SOURCE = Path.of("src/main/course");

    private final Path folder;
    /** The temporary folder made for this course, deleted on close. */
    private final Path temporary;
    private final CourseSite site;

    private PublishedCourse(Path folder, Path temporary) throws IOException {
        this.folder = folder;
        this.temporary = temporary;
        this.site = new CourseSite(folder, 0);
    }

    /** The course published with {@code settingsJson} as its publish-settings.json ({@code null}: no such file). */
    public static PublishedCourse withSettings(String settingsJson) throws IOException {
        if (settingsJson != null) {
            Path output = Files.createTempDirectory("published-course");
            Path settings = Files.writeString(output.resolve("publish-settings.json"), settingsJson);
            if (CoursePublisher.publish(SOURCE, settings, output).isPublished()) {
                return new PublishedCourse(output.resolve("course"), output);
            }
            // settings the publisher refuses reach a course only by hand: written over the export below
            Build.deleteRecursively(output);
        }
        Path folder = Files.createTempDirectory("published-course");
        try (Stream<Path> files = Files.list(EXPORTED)) {
            for (Path file : files.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        Path settings = folder.resolve("publish-settings.json");
        Files.deleteIfExists(settings);
        if (settingsJson != null) {
            Files.writeString(settings, settingsJson);
        }
        return new PublishedCourse(folder, folder);
    }

    /** Settings JSON posting every statement to {@code endpoint} with the given LAP login and password. */
    public static String settings(String endpoint, String login, String password) {
        return "{\"lrs\": {\"endpoint\": \"" + endpoint + "\", \"login\": \"" + login + "\", \"password\": \"" + password
                + "\"}, \"statements\": [\"started\", \"progressed\", \"experienced\", \"answered\", \"mastered\","
                + " \"passed\", \"failed\"]}";
    }

    /** Replaces one file of the published course, e.g. a broken course.json. */
    public PublishedCourse withFile(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
        return this;
    }

    /** The folder served: the exported course. */
    public Path folder() {
        return folder;
    }

    public String url() {
        return site.url();
    }

    @Override
    public void close() throws IOException {
        site.close();
        Build.deleteRecursively(temporary);
    }
}
