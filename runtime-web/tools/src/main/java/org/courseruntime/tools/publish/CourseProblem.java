package org.courseruntime.tools.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One problem of an author's file, as an author or an authoring tool shows it: the file, the id of the section or page
 * it is in ({@code null} elsewhere in the file), and what is wrong there, located by that id rather than by index.
 * Example: file {@code course.json}, id {@code q-verbs}, message {@code page "q-verbs": correct: "d" is not a choice
 * id (a, b, c)}; its {@link #toString()} is the line the command line prints.
 */
public record CourseProblem(String file, String id, String message) {
    private static final Pattern LOCATION = Pattern.compile("^sections\\[(\\d+)\\](?:\\.pages\\[(\\d+)\\])?(?:\\.|(?=:))(.*)$");

    /** {@code file: message}, one line. */
    @Override
    public String toString() {
        return file + ": " + message;
    }

    /**
     * Each of the checker's {@code problems} of {@code file}, a section's or page's index path replaced by its id in
     * {@code course} (the parsed course.json, or {@code null} for another file or one that is not JSON).
     */
    static List<CourseProblem> located(String file, List<String> problems, Object course) {
        List<CourseProblem> located = new ArrayList<>();
        for (String problem : problems) {
            located.add(locate(file, problem, course));
        }
        return located;
    }

    private static CourseProblem locate(String file, String problem, Object course) {
        CourseProblem unlocated = new CourseProblem(file, null, problem);
        Matcher location = LOCATION.matcher(problem);
        if (!location.matches() || !(course instanceof Map<?, ?> root) || !(root.get("sections") instanceof List<?> sections)) {
            return unlocated;
        }
        int section = Integer.parseInt(location.group(1));
        if (section >= sections.size() || !(sections.get(section) instanceof Map<?, ?> sectionMap)) {
            return unlocated;
        }
        Object item = sectionMap;
        String kind = "section";
        if (location.group(2) != null) {
            int page = Integer.parseInt(location.group(2));
            if (!(sectionMap.get("pages") instanceof List<?> pages) || page >= pages.size()) {
                return unlocated;
            }
            item = pages.get(page);
            kind = "page";
        }
        if (!(item instanceof Map<?, ?> itemMap) || !(itemMap.get("id") instanceof String id)) {
            return unlocated;
        }
        String rest = location.group(3);
        return new CourseProblem(file, id, kind + " \"" + id + "\"" + (rest.startsWith(":") ? rest : ": " + rest));
    }
}
