package org.courseruntime.demo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's table: one section per measurement, each printed as soon as it is measured, with the command
 * that reproduces it and what exactly it measures; once every section is in, the whole goes to docs/benchmarks.md.
 */
final class Report {
    static final String COMMAND = "mvn -B verify -Pbenchmark -pl demo-course -am";
    static final Path FILE = Path.of("..", "docs", "benchmarks.md").toAbsolutePath().normalize();

    /** One measurement: its table, the test method that measures it, and how. */
    record Section(String title, String test, List<String> columns, List<List<String>> rows, String method) {
        String command() {
            return COMMAND + " -Dtest='Benchmarks#" + test + "' -Dsurefire.failIfNoSpecifiedTests=false";
        }

        String markdown() {
            StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
            out.append("| ").append(String.join(" | ", columns)).append(" |\n|");
            columns.forEach(column -> out.append("---|"));
            out.append('\n');
            rows.forEach(row -> out.append("| ").append(String.join(" | ", row)).append(" |\n"));
            out.append("\nReproduce: `").append(command()).append("`\n\n").append(method).append("\n\n");
            return out.toString();
        }
    }

    /** Where the figures were taken. */
    record Machine(String date, String processors, String os, String chromium, String node, String java) {
    }

    private final List<Section> sections = new ArrayList<>();

    void add(Section section) {
        sections.add(section);
        System.out.println("\n" + section.markdown());
    }

    boolean has(int count) {
        return sections.size() == count;
    }

    /** Writes docs/benchmarks.md with every section, in the order measured. */
    void write(Machine machine) throws IOException {
        StringBuilder out = new StringBuilder("# Benchmarks: course-runtime.js next to the peers\n\n")
                .append("The latest run of `").append(COMMAND).append("`, which measures everything below in one run and\n")
                .append("writes this file (issue 7). The figures are reported, never asserted: only an error fails the run.\n")
                .append("Each section's command measures that section alone.\n\n")
                .append("| run | |\n|---|---|\n")
                .append("| date | ").append(machine.date()).append(" |\n")
                .append("| machine | ").append(machine.processors()).append(", ").append(machine.os()).append(" |\n")
                .append("| browser | Chromium ").append(machine.chromium())
                .append(", headless (`--headless=new`), `--js-flags=--expose-gc --enable-precise-memory-info` |\n")
                .append("| tools | Node ").append(machine.node()).append(", Java ").append(machine.java()).append(" |\n\n");
        sections.forEach(section -> out.append(section.markdown()));
        Files.writeString(FILE, out.toString().stripTrailing() + "\n");
        System.out.println("Written to " + FILE);
    }

    static String bytes(double value) {
        return String.format(Locale.ROOT, "%,d", Math.round(value));
    }

    static String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%,." + digits + "f", value);
    }
}
