package org.courseruntime.course;

/**
 * The rule for the ids an author gives sections, pages, choices, scale points, sources, targets and steps: letters,
 * digits, {@code - _ .} only. Such an id can be appended to the course IRI as a path segment, and can never contain
 * the response delimiters {@code [,]}, {@code [.]} or {@code [:]}.
 */
public final class LocalId {
    private LocalId() {
    }

    public static boolean isValid(String id) {
        if (id == null || id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
