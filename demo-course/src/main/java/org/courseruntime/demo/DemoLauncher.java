package org.courseruntime.demo;

import java.nio.file.Path;
import org.courseruntime.tools.CourseTools;

/**
 * Runs the demo course as an author previews a course: {@code course-tools preview} of the demo's course folder
 * ({@code demo-course/src/main/course}), on 127.0.0.1:8100 with the preview LRS on 8101, which keeps what it receives in
 * {@code demo-course/preview-lrs-data} (a build never cleans it). Usage:
 * {@code java -jar demo-course/target/demo-course.jar [preview options]} (see {@code --help}).
 */
public final class DemoLauncher {
    private DemoLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Path demo = jarFolder().getParent();
        String[] preview = new String[args.length + 4];
        preview[0] = "preview";
        preview[1] = demo.resolve("src/main/course").toString();
        preview[2] = "--data";
        preview[3] = demo.resolve("preview-lrs-data").toString();
        System.arraycopy(args, 0, preview, 4, args.length);
        CourseTools.main(preview);
    }

    /** The folder of the launcher's jar: {@code demo-course/target}. */
    private static Path jarFolder() throws Exception {
        return Path.of(DemoLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
    }
}
