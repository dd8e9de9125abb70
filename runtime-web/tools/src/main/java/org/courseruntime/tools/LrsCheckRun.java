package org.courseruntime.tools;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.PublishSettingsReader;
import org.courseruntime.tools.lrscheck.CheckPoint;
import org.courseruntime.tools.lrscheck.LrsCheck;
import org.courseruntime.tools.publish.AuthorFiles;

/** {@code publish --check-lrs}: the LRS of the settings checked, one point per line, before anything is published. */
final class LrsCheckRun {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private LrsCheckRun() {
    }

    /**
     * Whether no point failed (a warning does not stop the publish); settings that cannot be read pass here, as the publish then names their problems.
     *
     * @throws IllegalArgumentException when {@code origin} is not a web origin such as {@code https://courses.example.com}
     */
    static boolean passes(Path settingsFile, String origin, PrintWriter out) throws IOException, InterruptedException {
        PublishSettings settings;
        try {
            settings = PublishSettingsReader.read(AuthorFiles.read(settingsFile));
        } catch (InvalidDocumentException problems) {
            return true;
        }
        out.println("Checking the LRS " + settings.endpoint() + " for a course opened from " + origin + ":");
        boolean passed = true;
        for (CheckPoint point : new LrsCheck(TIMEOUT).check(settings.endpoint(), settings.credentials(), origin)) {
            out.println("  " + point);
            passed &= point.outcome() != CheckPoint.Outcome.FAILED; // a warning leaves the course working
        }
        out.flush();
        return passed;
    }
}
