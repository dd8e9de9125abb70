package org.courseruntime.demo.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseruntime.demo.support.Build;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An authoring tool in JavaScript or TypeScript takes the npm package this build packed: it is installed into an empty
 * exporter project (src/test/consumers/typescript, with TypeScript from its lock file), the package's example exporter
 * type-checks against its declarations with tsc, wrong calls do not, and course-check.js checks course.json in Node.
 */
class NpmPackageTest {
    private static final Path WORK = Path.of("target/npm-consumer").toAbsolutePath();
    private static final Path PROJECT = WORK.resolve("project");
    private static final Path PACKAGE = PROJECT.resolve("node_modules/@courseruntime/course-runtime");

    @BeforeAll
    static void installThePackageIntoAnEmptyProject() throws Exception {
        Path tarball = Build.root().resolve("runtime-web/dist/target/courseruntime-course-runtime-" + Build.version() + ".tgz");
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException(tarball + " is missing: package the project first (mvn -DskipTests package)");
        }
        Build.deleteRecursively(WORK);
        Build.copy(Path.of("src/test/consumers/typescript"), PROJECT);
        Build.run(PROJECT, WORK.resolve("npm-ci.log"), List.of("npm", "ci", "--no-audit", "--no-fund"));
        Build.run(PROJECT, WORK.resolve("npm-install.log"),
                List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", tarball.toString()));
    }

    @Test
    void thePackageHoldsTheRuntimeTheCheckerThePlayerTheSchemasAndTheirDeclarations() throws Exception {
        for (String file : List.of("course-runtime.js", "course-check.js", "course-runtime.d.ts", "course-check.d.ts",
                "course-check.mjs", "course-check.d.mts", "player/course.js", "player/course.css", "schema/course.schema.json",
                "schema/publish-settings.schema.json", "examples/exporter.ts", "README.md")) {
            assertTrue(Files.isRegularFile(PACKAGE.resolve(file)), file);
        }
        assertEquals(Files.size(Build.root().resolve("runtime-web/target/classes/org/courseruntime/web/course-runtime.js")),
                Files.size(PACKAGE.resolve("course-runtime.js")), "the runtime this build compiled");
    }

    @Test
    void theExampleExporterTypeChecksAgainstTheDeclarations() throws Exception {
        Files.copy(PACKAGE.resolve("examples/exporter.ts"), PROJECT.resolve("exporter.ts"));

        Build.run(PROJECT, WORK.resolve("tsc-exporter.log"), List.of("node_modules/.bin/tsc", "--noEmit", "--pretty", "false",
                "-p", "tsconfig.json"));
    }

    /** The checker's types under TypeScript's node10 resolution, which reads typesVersions instead of exports. */
    @Test
    void theCheckersTypesResolveUnderTheOlderModuleResolution() throws Exception {
        Build.run(PROJECT, WORK.resolve("tsc-node10.log"), List.of("node_modules/.bin/tsc", "--noEmit", "--pretty", "false",
                "-p", "tsconfig.node10.json"));
    }

    /** Each wrong line of wrong-call.ts names the error tsc must report on it; tsc reports those and no other. */
    @Test
    void wrongCallsFailToCompileEachWithItsError() throws Exception {
        Set<String> expected = new TreeSet<>();
        List<String> lines = Files.readAllLines(PROJECT.resolve("wrong-call.ts"));
        for (int i = 0; i < lines.size(); i++) {
            Matcher error = Pattern.compile("// error (TS\\d+):").matcher(lines.get(i));
            if (error.find()) {
                expected.add("line " + (i + 1) + " " + error.group(1));
            }
        }
        Path log = WORK.resolve("tsc-wrong-call.log");

        IllegalStateException failed = assertThrows(IllegalStateException.class, () -> Build.run(PROJECT, log,
                List.of("node_modules/.bin/tsc", "--noEmit", "--pretty", "false", "-p", "tsconfig.wrong-call.json")));

        Set<String> reported = new TreeSet<>();
        for (String line : Files.readAllLines(log)) {
            Matcher error = Pattern.compile("^wrong-call\\.ts\\((\\d+),\\d+\\): error (TS\\d+):").matcher(line);
            if (error.find()) {
                reported.add("line " + error.group(1) + " " + error.group(2));
            }
        }
        assertEquals(4, expected.size(), "wrong-call.ts names four errors");
        assertEquals(expected, reported, failed.getMessage());
    }

    @Test
    void courseCheckJsChecksAGoodAndABrokenCourseInNode() throws Exception {
        String course = Files.readString(Path.of("src/main/course/course.json"));
        Files.writeString(PROJECT.resolve("good.json"), course);
        Files.writeString(PROJECT.resolve("broken.json"), course.replace("\"correct\": true", "\"correct\": \"yes\""));

        List<String> output = Build.run(PROJECT, WORK.resolve("check.log"), List.of("node", "check.cjs", "good.json", "broken.json"));

        assertEquals(List.of("good.json: []",
                "broken.json: [\"sections[0].pages[2].correct: must be true or false\"]"), output);
        assertEquals(output, Build.run(PROJECT, WORK.resolve("check-esm.log"), List.of("node", "check.mjs", "good.json", "broken.json")),
                "the same from an ES module's named import");
    }
}
