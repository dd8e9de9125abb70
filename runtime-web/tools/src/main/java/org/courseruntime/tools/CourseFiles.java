package org.courseruntime.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.courseruntime.check.CourseFilesCheck;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;

/** A course folder's course.json and the publish settings given for it, read and checked for the commands. */
final class CourseFiles {
    static final String COURSE = "course.json";

    final Path folder;
    final Path settingsFile;
    final String courseJson;
    final String settingsJson;

    private CourseFiles(Path folder, Path settingsFile, String courseJson, String settingsJson) {
        this.folder = folder;
        this.settingsFile = settingsFile;
        this.courseJson = courseJson;
        this.settingsJson = settingsJson;
    }

    /** The files, read; a missing one is an {@link IOException} that names it. */
    static CourseFiles read(Path folder, Path settingsFile) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder + " is not a folder: give the course folder, the one holding course.json");
        }
        return new CourseFiles(folder, settingsFile, readText(folder.resolve(COURSE)), readText(settingsFile));
    }

    private static String readText(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file + " does not exist");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text: save it as UTF-8", e);
        }
    }

    /** Prints every problem of both files, one per line; true when there was none. */
    boolean checkedWithoutProblems(PrintWriter err) {
        List<String> course = CourseFilesCheck.courseProblems(courseJson);
        List<String> settings = CourseFilesCheck.settingsProblems(settingsJson);
        ProblemLines.print(err, folder.resolve(COURSE).toString(), course, tree());
        ProblemLines.print(err, settingsFile.toString(), settings, null);
        return course.isEmpty() && settings.isEmpty();
    }

    /** The parsed course.json, or null when it is not JSON (its problems say so). */
    Object tree() {
        try {
            return JsonReader.parse(InvalidDocumentException.withoutByteOrderMark(courseJson));
        } catch (JsonSyntaxException e) {
            return null;
        }
    }
}
