package org.courseruntime.demo.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The npm test tools in {@code demo-course/src/test/lrs} (Learning Locker's statement service and its validator),
 * installed from the committed lock file with {@code npm ci} the first time a test needs them.
 */
final class TestLrsTools {
    static final Path DIRECTORY = Path.of("src/test/lrs").toAbsolutePath();
    private static final Path INSTALLED_MARKER =
            DIRECTORY.resolve("node_modules/@learninglocker/xapi-statements/dist/index.js");

    private TestLrsTools() {
    }

    static Path directory() throws IOException, InterruptedException {
        NpmInstall.ensure(DIRECTORY, List.of(INSTALLED_MARKER), "npm-ci.log");
        return DIRECTORY;
    }
}
