package org.courseruntime.demo.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipFile;
import org.courseruntime.demo.support.Build;
import org.junit.jupiter.api.Test;

/**
 * A Java authoring tool takes the course tools and the runtime's WebJar by their Maven coordinates: the artifacts this
 * build made are installed into a fresh local repository with Maven's own install plugin, and a tiny consumer project
 * (src/test/consumers/maven) is built and run against them by Maven, publishing a good course and a broken one.
 */
class MavenConsumerTest {
    @Test
    void aJavaAuthoringToolPublishesWithTheLibraryAndReadsTheRuntimeFromTheWebJar() throws Exception {
        Path work = Files.createDirectories(Path.of("target/maven-consumer")).toAbsolutePath();
        Build.deleteRecursively(work);
        Path repository = Files.createDirectories(work.resolve("repository"));
        Path root = Build.root();
        String version = Build.version();
        install(repository, root.resolve("pom.xml"), root.resolve("pom.xml"));
        install(repository, root.resolve("runtime-core/pom.xml"), root.resolve("runtime-core/target/runtime-core-" + version + ".jar"));
        install(repository, root.resolve("runtime-web/pom.xml"), root.resolve("runtime-web/target/runtime-web-" + version + ".jar"));
        install(repository, root.resolve("runtime-web/tools/pom.xml"), root.resolve("runtime-web/tools/target/course-tools.jar"));
        install(repository, root.resolve("runtime-web/dist/pom.xml"),
                root.resolve("runtime-web/dist/target/course-runtime-webjar-" + version + ".jar"));
        Path good = Build.copy(Path.of("src/main/course"), work.resolve("good"));
        Path broken = Build.copy(Path.of("src/main/course"), work.resolve("broken"));
        Files.writeString(broken.resolve("course.json"), Files.readString(broken.resolve("course.json"))
                .replace("\"correct\": true", "\"correct\": \"yes\""));
        Path consumer = Build.copy(Path.of("src/test/consumers/maven"), work.resolve("consumer"));
        // Everything but this build's artifacts (plugins, jsoup, picocli...) comes from the local repository the
        // build itself used, as a file mirror: no network, and none of this build's artifacts that may be there.
        Path settings = Files.writeString(work.resolve("settings.xml"), """
                <settings><mirrors><mirror><id>build-repository</id><mirrorOf>*</mirrorOf><url>%s</url></mirror></mirrors></settings>
                """.formatted(Build.localRepository().toUri()));

        List<String> output = Build.maven(consumer, work.resolve("consumer.log"), "-s", settings.toString(),
                "-Dmaven.repo.local=" + repository, "-Dcourseruntime.version=" + version, "compile", "exec:java",
                "-Dexec.args=" + quoted(work.resolve("out")) + " " + quoted(good) + " " + quoted(broken));

        Path zip = work.resolve("out/1/xapi-in-ten-minutes.zip");
        assertEquals(List.of("PUBLISHED " + zip,
                "PROBLEM q-actor | " + broken.resolve("course.json") + ": page \"q-actor\": correct: must be true or false",
                "WEBJAR " + Files.size(root.resolve("runtime-web/target/classes/org/courseruntime/web/course-runtime.js")) + " B"),
                lines(output, "PUBLISHED ", "PROBLEM ", "WEBJAR "));
        try (ZipFile published = new ZipFile(zip.toFile())) {
            for (String entry : List.of("index.html", "course-runtime.js", "course-check.js", "course.json", "tincan.xml", "cmi5.xml")) {
                assertTrue(published.getEntry(entry) != null, entry + " in the zip");
            }
        }
    }

    /** Installs {@code file} with its {@code pom} into {@code repository}, as {@code mvn install} would. */
    private static void install(Path repository, Path pom, Path file) throws IOException, InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException(file + " is missing: package the project first (mvn -DskipTests package)");
        }
        // Not offline: a build that ran only "mvn verify" has not fetched the install plugin yet.
        Build.maven(Path.of(""), repository.resolveSibling("install-" + file.getFileName() + ".log"),
                "org.apache.maven.plugins:maven-install-plugin:3.1.4:install-file", "-Dfile=" + file, "-DpomFile=" + pom,
                "-DlocalRepositoryPath=" + repository);
    }

    /** A path as one argument of exec-maven-plugin's exec.args, which splits at spaces outside quotes. */
    private static String quoted(Path path) {
        return "\"" + path + "\"";
    }

    private static List<String> lines(List<String> output, String... prefixes) {
        List<String> found = new ArrayList<>();
        for (String line : output) {
            for (String prefix : prefixes) {
                if (line.startsWith(prefix)) {
                    found.add(line);
                }
            }
        }
        return found;
    }
}
