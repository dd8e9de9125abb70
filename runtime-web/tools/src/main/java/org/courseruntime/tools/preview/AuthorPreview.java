package org.courseruntime.tools.preview;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseruntime.publish.PublishStamp;

/**
 * The author's preview of an exported course: {@value #SCRIPT}, which lists the runtime's console warnings and errors
 * in the page, beside the launch page and loaded right after the stamp, before anything of the course. Only the
 * preview adds it; the stamp vouches for course.json and the settings, not the page, so the course still opens
 * without a check.
 */
public final class AuthorPreview {
    static final String SCRIPT = "author-preview.js";
    private static final Pattern STAMP = Pattern.compile("<meta name=\"" + PublishStamp.META_NAME + "\"[^>]*>\\R?");

    private AuthorPreview() {
    }

    /** Adds the author's panel to the course exported in {@code exported}. */
    public static void addTo(Path exported) throws IOException {
        try (InputStream script = AuthorPreview.class.getResourceAsStream(SCRIPT)) {
            Files.write(exported.resolve(SCRIPT), script.readAllBytes());
        }
        Path page = exported.resolve("index.html");
        // Latin-1 keeps every byte of an author's own page, whatever its encoding; what is inserted is ASCII.
        String html = Files.readString(page, StandardCharsets.ISO_8859_1);
        Matcher stamp = STAMP.matcher(html);
        if (!stamp.find()) {
            throw new IOException(page + " has no publisher's stamp: it was not written by the publisher");
        }
        Files.writeString(page, html.substring(0, stamp.end()) + "<script src=\"" + SCRIPT + "\"></script>\n"
                + html.substring(stamp.end()), StandardCharsets.ISO_8859_1);
    }
}
