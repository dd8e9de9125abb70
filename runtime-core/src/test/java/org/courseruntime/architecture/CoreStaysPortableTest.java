package org.courseruntime.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * runtime-core must know nothing of the browser, and must stay clear of the JDK parts that TeaVM compiles into
 * hundreds of kilobytes (see docs/decisions.md): a slip here shows up as a size jump much later otherwise.
 */
class CoreStaysPortableTest {
    private static final List<String> FORBIDDEN = List.of("import org.teavm", "String.format", ".formatted(",
            "java.util.regex", ".matches(", ".split(", ".replaceAll(", "java.time", "Double.parseDouble",
            "Double.toString", "java.util.Base64", ".getBytes(", "toLowerCase()", "toUpperCase()", "Character.is",
            "equalsIgnoreCase", "regionMatches(true", "Character.toLowerCase", "Character.toUpperCase",
            "List.of(", "Map.of(", "Set.of(", ".copyOf(", "EnumMap", "EnumSet", "System.arraycopy", ".subList(", ".sort(",
            "getClass()", "Long.toString", "Collections.", "HashSet", "new HashMap",
            "new LinkedHashMap");

    @Test
    void mainSourcesUseNeitherTheBrowserNorTheHeavyJdkParts() throws IOException {
        List<String> offences;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            offences = files.filter(p -> p.toString().endsWith(".java")).flatMap(CoreStaysPortableTest::offences).toList();
        }
        assertTrue(Files.isDirectory(Path.of("src/main/java/org/courseruntime/statement")), "run from runtime-core");
        assertEquals(List.of(), offences);
    }

    private static Stream<String> offences(Path file) {
        try {
            // Comments may name what is avoided and why; only code counts.
            String source = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
            return FORBIDDEN.stream().filter(source::contains).map(word -> file.getFileName() + " uses " + word);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
