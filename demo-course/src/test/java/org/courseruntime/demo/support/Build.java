package org.courseruntime.demo.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * This build as the tests of its distribution see it: the project's root, its version, local repository and Maven
 * (which the surefire configuration hands over), and the tools a consumer uses (Maven, npm, Node) run as processes.
 */
public final class Build {
    private Build() {
    }

    /** The project's root folder: the tests run in demo-course. */
    public static Path root() {
        return Path.of("").toAbsolutePath().getParent();
    }

    public static String version() {
        return required("project.version");
    }

    /** The local repository this build resolves from. */
    public static Path localRepository() {
        return Path.of(required("build.localRepository"));
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isEmpty()) {
            throw new IllegalStateException("System property " + property + " is not set: run the test with Maven (demo-course's surefire configuration sets it)");
        }
        return value;
    }

    /** Runs {@code mvn -B args} in {@code directory}; its output, which {@code log} keeps. */
    public static List<String> maven(Path directory, Path log, String... args) throws IOException, InterruptedException {
        // The Maven running this build, not whichever is first on the PATH.
        List<String> command = new ArrayList<>(List.of(Path.of(required("build.mavenHome"), "bin", "mvn").toString(), "-B"));
        command.addAll(Arrays.asList(args));
        return run(directory, log, command);
    }

    /**
     * Runs {@code command} in {@code directory} and returns its output lines (standard output and error together),
     * which {@code log} keeps; a non-zero exit fails with the log's last lines.
     */
    public static List<String> run(Path directory, Path log, List<String> command) throws IOException, InterruptedException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).directory(directory.toAbsolutePath().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " took over 10 minutes; see " + log.toAbsolutePath());
        }
        List<String> output = Files.readAllLines(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + process.exitValue() + " in "
                    + directory.toAbsolutePath() + "; its output (" + log.toAbsolutePath() + ") ends:\n"
                    + String.join("\n", output.subList(Math.max(0, output.size() - 30), output.size())));
        }
        return output;
    }

    /** Copies the folder {@code from} to {@code to}, which must not exist yet; returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return to.toAbsolutePath();
    }

    public static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
