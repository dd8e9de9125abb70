package org.courseruntime.tools.publish;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.courseruntime.check.CourseFilesCheck;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.CourseDefinitionReader;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.Problems;
import org.courseruntime.publish.PublishStamp;

/**
 * The publish step, the library an authoring tool written in Java calls: a course folder and publish settings in, an
 * exported course out. It writes {@code <output>/course/} (the course's files, the standard course player unless the
 * folder has its own, the compiled runtime and its checker {@code course-check.js}, the settings, a
 * {@code tincan.xml} and a {@code cmi5.xml}) and {@code <output>/<name>.zip} of the same, ready for an LMS. The launch
 * page gets the stamp of the two checked documents ({@link PublishStamp}), so the learner's browser does not check
 * them again. The output depends only on its inputs (files in name order, fixed zip timestamps), so republishing with
 * other settings changes only {@code publish-settings.json}. A course or settings with problems are not published:
 * the {@link Publication} lists every problem and nothing is written. Authors run it as {@code course-tools publish}
 * ({@link org.courseruntime.tools.PublishCommand}).
 */
public final class CoursePublisher {
    static final String RUNTIME_RESOURCE = "/org/courseruntime/web/course-runtime.js";
    static final String CHECK_RESOURCE = "/org/courseruntime/web/course-check.js";
    /** The standard course player's script and style, which a course folder may replace with its own. */
    static final List<String> PLAYER_FILES = List.of("course.js", "course.css");
    static final String LAUNCH_PAGE = "index.html";
    static final String COURSE_FILE = "course.json";
    private static final long FIXED_ZIP_TIME = 1_767_225_600_000L; // 2026-01-01T00:00:00Z: the same bytes every run

    private CoursePublisher() {
    }

    /**
     * Publishes {@code courseFolder} with the settings in {@code settingsFile} into {@code output}.
     *
     * @return the exported folder and zip, or every problem of the course and its settings
     * @throws IOException when a file cannot be read (a missing course folder, course.json or settings file; a file
     *                     that is not UTF-8) or the output cannot be written; the message names the file
     */
    public static Publication publish(Path courseFolder, Path settingsFile, Path output) throws IOException {
        AuthorFiles.requireCourseFolder(courseFolder); // named before the settings file that would be missing from it
        return publish(courseFolder, settingsFile.toString(), AuthorFiles.read(settingsFile), output);
    }

    /**
     * Publishes {@code courseFolder} with the settings {@code settingsJson}, which an authoring tool may hold without
     * a file; its problems name {@code settingsName}.
     *
     * @see #publish(Path, Path, Path)
     */
    public static Publication publish(Path courseFolder, String settingsName, String settingsJson, Path output)
            throws IOException {
        AuthorFiles.requireCourseFolder(courseFolder);
        Path courseFile = courseFolder.resolve(COURSE_FILE);
        String courseJson = AuthorFiles.read(courseFile);
        Object tree = parsedOrNull(courseJson);
        List<CourseProblem> problems = new ArrayList<>(
                CourseProblem.located(courseFile.toString(), CourseFilesCheck.courseProblems(courseJson), tree));
        problems.addAll(CourseProblem.located(settingsName, CourseFilesCheck.settingsProblems(settingsJson), null));
        if (!problems.isEmpty()) {
            return Publication.refused(problems);
        }
        Map<?, ?> definition = (Map<?, ?>) tree;
        Problems missingFiles = new Problems();
        Map<String, ContentBody> bodies = bodies(definition, courseFolder, missingFiles);
        if (!missingFiles.isEmpty()) {
            return Publication.refused(CourseProblem.located(courseFile.toString(), missingFiles.all(), tree));
        }
        CourseDefinition course = CourseDefinitionReader.fromChecked(tree);
        String stamp = PublishStamp.of(courseJson, settingsJson);
        Path ownPage = courseFolder.resolve(LAUNCH_PAGE);
        // An author's own page is kept byte for byte: Latin-1 keeps every byte of a page in any encoding, and the stamp
        // and what the publisher looks for are ASCII. The standard player's page is UTF-8, as its meta element says.
        boolean own = Files.isRegularFile(ownPage);
        String page = StampedPage.of(own ? Files.readString(ownPage, StandardCharsets.ISO_8859_1)
                : PlayerPage.of(definition, bodies), stamp);
        Path exported = output.resolve("course");
        Path source = courseFolder.toAbsolutePath().normalize();
        Path destination = exported.toAbsolutePath().normalize();
        if (source.startsWith(destination) || destination.startsWith(source)) {
            throw new IOException("The output " + destination + " would overwrite the course folder " + source
                    + ": publish into another folder");
        }
        deleteRecursively(exported);
        Files.createDirectories(exported);
        try (Stream<Path> files = Files.walk(courseFolder)) {
            // Links are left out: one could carry a file from outside the course folder into every learner's download.
            for (Path file : files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).toList()) {
                Path target = exported.resolve(courseFolder.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        copyResource(RUNTIME_RESOURCE, exported.resolve("course-runtime.js"));
        copyResource(CHECK_RESOURCE, exported.resolve("course-check.js"));
        for (String playerFile : PLAYER_FILES) {
            if (!Files.exists(exported.resolve(playerFile))) {
                copyResource("player/" + playerFile, exported.resolve(playerFile));
            }
        }
        Files.writeString(exported.resolve(LAUNCH_PAGE), page, own ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        Files.writeString(exported.resolve("publish-settings.json"), settingsJson, StandardCharsets.UTF_8);
        Files.writeString(exported.resolve("tincan.xml"), TinCanXml.of(course, LAUNCH_PAGE), StandardCharsets.UTF_8);
        Files.writeString(exported.resolve("cmi5.xml"), Cmi5Xml.of(course, LAUNCH_PAGE), StandardCharsets.UTF_8);
        Path zip = output.resolve(zipName(course) + ".zip");
        zip(exported, zip);
        return new Publication(exported, zip, List.of());
    }

    /** The parsed course.json, or {@code null} when it is not JSON (its problems say so). */
    private static Object parsedOrNull(String courseJson) {
        try {
            return InvalidDocumentException.parse(CourseDefinitionReader.DOCUMENT, courseJson);
        } catch (InvalidDocumentException e) {
            return null;
        }
    }

    /**
     * Each content page's body as safe HTML, by page id; every file a body names that is not in the course folder is
     * added to {@code missing} with its page's location.
     */
    private static Map<String, ContentBody> bodies(Map<?, ?> definition, Path courseFolder, Problems missing) {
        Map<String, ContentBody> bodies = new LinkedHashMap<>();
        String language = (String) definition.get("language");
        List<?> sections = (List<?>) definition.get("sections");
        for (int s = 0; s < sections.size(); s++) {
            List<?> pages = (List<?>) ((Map<?, ?>) sections.get(s)).get("pages");
            for (int p = 0; p < pages.size(); p++) {
                Map<?, ?> page = (Map<?, ?>) pages.get(p);
                if (page.get("body") != null) {
                    ContentBody body = ContentBody.of(PlayerPage.text(page.get("body"), language));
                    body.findMissingFiles(courseFolder, "sections[" + s + "].pages[" + p + "].body", missing);
                    bodies.put((String) page.get("id"), body);
                }
            }
        }
        return bodies;
    }

    private static void copyResource(String resource, Path target) throws IOException {
        try (InputStream in = CoursePublisher.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath: build runtime-web first (mvn package)");
            }
            Files.write(target, in.readAllBytes());
        }
    }

    private static String zipName(CourseDefinition course) {
        String id = course.id().endsWith("/") ? course.id().substring(0, course.id().length() - 1) : course.id();
        String last = id.substring(id.lastIndexOf('/') + 1);
        return last.replaceAll("[^A-Za-z0-9._-]", "-");
    }

    private static void zip(Path folder, Path zip) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream zipped = new ZipOutputStream(out)) {
            for (Path file : files) {
                ZipEntry entry = new ZipEntry(folder.relativize(file).toString().replace('\\', '/'));
                entry.setTime(FIXED_ZIP_TIME);
                zipped.putNextEntry(entry);
                zipped.write(Files.readAllBytes(file));
                zipped.closeEntry();
            }
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(path);
            }
        }
    }
}
