package org.courseruntime.demo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.courseruntime.demo.support.NpmInstall;

/**
 * The peers, installed for the benchmark only with {@code npm ci} from the committed lock file in src/test/bench
 * (package.json pins each version), the first time a benchmark runs.
 */
final class PeerInstall {
    static final Path DIRECTORY = Path.of("src/test/bench").toAbsolutePath();

    private PeerInstall() {
    }

    /** Installs the peers unless they are there; fails naming any measured file that is missing. */
    static void ensure() throws IOException, InterruptedException {
        List<Path> peers = List.of(Library.values()).stream().filter(library -> library != Library.OURS)
                .map(Library::file).toList();
        NpmInstall.ensure(DIRECTORY, peers, "bench-npm-ci.log");
        for (Library library : Library.values()) {
            if (!Files.isRegularFile(library.file())) {
                throw new IllegalStateException(library.label + ": no " + library.file()
                        + (library == Library.OURS ? "; the benchmark command builds it: " + Report.COMMAND : " after npm ci"));
            }
        }
    }
}
