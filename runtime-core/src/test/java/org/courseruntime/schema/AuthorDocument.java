package org.courseruntime.schema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.courseruntime.check.CourseFilesCheck;

/** The two author documents, each with its checker, its schema and its cases. */
enum AuthorDocument {
    COURSE("course", CourseFilesCheck::courseProblems),
    PUBLISH_SETTINGS("publish-settings", CourseFilesCheck::settingsProblems);

    /** The test resources: good documents in good/course/..., the bad cases in bad/course.json and so on. */
    static final Path CASES = Path.of("src/test/resources/org/courseruntime/schema");

    private final String name;
    private final Function<String, List<String>> checker;
    private final SchemaCheck schema;

    AuthorDocument(String name, Function<String, List<String>> checker) {
        this.name = name;
        this.checker = checker;
        this.schema = new SchemaCheck(name + ".schema.json");
    }

    /** What the Java checker finds wrong with {@code text}. */
    List<String> problems(String text) {
        return checker.apply(text);
    }

    SchemaCheck schema() {
        return schema;
    }

    List<Path> goodDocuments() throws IOException {
        try (Stream<Path> files = Files.list(CASES.resolve("good").resolve(name))) {
            return files.sorted().toList();
        }
    }

    Path badCases() {
        return CASES.resolve("bad").resolve(name + ".json");
    }

    @Override
    public String toString() {
        return name;
    }
}
