package org.courseruntime.demo.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Test tools from npm, installed with {@code npm ci} from a committed lock file the first time they are needed. */
public final class NpmInstall {
    private NpmInstall() {
    }

    /**
     * Runs {@code npm ci} in {@code directory} unless every one of {@code installed} already exists; its output goes
     * to {@code target/<logName>}, which the error names when it fails.
     */
    public static synchronized void ensure(Path directory, List<Path> installed, String logName)
            throws IOException, InterruptedException {
        if (installed.stream().allMatch(Files::exists)) {
            return;
        }
        Path log = Files.createDirectories(Path.of("target")).resolve(logName);
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund")
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            npm.destroyForcibly();
            throw new IllegalStateException("npm ci in " + directory + " failed; see " + log.toAbsolutePath());
        }
    }
}
