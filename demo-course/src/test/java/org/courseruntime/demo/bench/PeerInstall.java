package org.courseruntime.demo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The peers, installed for the benchmark only with {@code npm ci} from the committed lock file in src/test/bench
 * (package.json pins each version), the first time a benchmark runs.
 */
final class PeerInstall {
    static final Path DIRECTORY = Path.of("src/test/bench").toAbsolutePath();

    private PeerInstall() {
    }

    /** Installs the peers unless every file measured is already there; fails naming a file that is missing. */
    static synchronized void ensure() throws IOException, InterruptedException {
        if (!peersPresent()) {
            Path log = Files.createDirectories(Path.of("target")).resolve("bench-npm-ci.log");
            Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                    .directory(DIRECTORY.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            if (!npm.waitFor(10, TimeUnit.MINUTES) || npm.exitValue() != 0) {
                npm.destroyForcibly();
                throw new IllegalStateException("npm ci in " + DIRECTORY + " failed; see " + log.toAbsolutePath());
            }
        }
        for (Library library : Library.values()) {
            if (!Files.isRegularFile(library.file())) {
                throw new IllegalStateException(library.label + ": no " + library.file()
                        + (library == Library.OURS ? "; build it with mvn -DskipTests install" : " after npm ci"));
            }
        }
    }

    private static boolean peersPresent() {
        for (Library library : Library.values()) {
            if (library != Library.OURS && !Files.isRegularFile(library.file())) {
                return false;
            }
        }
        return true;
    }
}
