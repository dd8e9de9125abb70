package org.courseruntime.tools.publish;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading an author's text file (course.json, publish settings) with a failure in the author's words. */
public final class AuthorFiles {
    private AuthorFiles() {
    }

    /** Fails with a message naming {@code courseFolder} when it is not a folder. */
    public static void requireCourseFolder(Path courseFolder) throws NoSuchFileException {
        if (!Files.isDirectory(courseFolder)) {
            throw new NoSuchFileException(courseFolder + " is not a folder: give the course folder, the one holding course.json");
        }
    }

    /** The UTF-8 text of {@code file}; a missing file or one that is not UTF-8 is an {@link IOException} naming it. */
    public static String read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file + " does not exist");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8 text: save it as UTF-8", e);
        }
    }
}
