package org.courseruntime.tools;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Problems of a course's files as an author reads them: one per line, naming the file and, for a problem of a section
 * or page, its id, e.g. {@code course.json: page "q-verbs": correct: "d" is not a choice id (a, b, c)}.
 */
final class ProblemLines {
    private static final Pattern LOCATION = Pattern.compile("^sections\\[(\\d+)\\](?:\\.pages\\[(\\d+)\\])?(?:\\.|(?=:))(.*)$");

    private ProblemLines() {
    }

    /** Writes each of {@code problems} of {@code file}; {@code course} is the parsed course.json, or null. */
    static void print(PrintWriter out, String file, List<String> problems, Object course) {
        for (String problem : problems) {
            out.println(file + ": " + located(problem, course));
        }
        out.flush();
    }

    private static String located(String problem, Object course) {
        Matcher location = LOCATION.matcher(problem);
        if (!location.matches() || !(course instanceof Map<?, ?> root) || !(root.get("sections") instanceof List<?> sections)) {
            return problem;
        }
        int section = Integer.parseInt(location.group(1));
        if (section >= sections.size() || !(sections.get(section) instanceof Map<?, ?> sectionMap)) {
            return problem;
        }
        Object item = sectionMap;
        String kind = "section";
        if (location.group(2) != null) {
            int page = Integer.parseInt(location.group(2));
            if (!(sectionMap.get("pages") instanceof List<?> pages) || page >= pages.size()) {
                return problem;
            }
            item = pages.get(page);
            kind = "page";
        }
        if (!(item instanceof Map<?, ?> itemMap) || !(itemMap.get("id") instanceof String id)) {
            return problem;
        }
        String rest = location.group(3);
        return kind + " \"" + id + "\"" + (rest.startsWith(":") ? rest : ": " + rest);
    }
}
