package org.courseruntime.demo.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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

    static synchronized Path directory() throws IOException, InterruptedException {
        if (!Files.exists(INSTALLED_MARKER)) {
            Path log = Files.createDirectories(Path.of("target")).resolve("npm-ci.log");
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                    .directory(DIRECTORY.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + DIRECTORY + " failed; see " + log.toAbsolutePath());
            }
        }
        return DIRECTORY;
    }
}
