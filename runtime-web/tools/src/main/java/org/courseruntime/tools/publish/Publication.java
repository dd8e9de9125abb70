package org.courseruntime.tools.publish;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link CoursePublisher#publish} did: the exported course folder and its zip, or, when the course or its
 * settings have problems, every problem and nothing written.
 *
 * @param exported the exported course folder ({@code <output>/course}), or {@code null} when not published
 * @param zip      the zip of the same for an LMS ({@code <output>/<course name>.zip}), or {@code null}
 * @param problems every problem of the course and its settings, one per entry; empty when published
 */
public record Publication(Path exported, Path zip, List<CourseProblem> problems) {
    public Publication {
        problems = List.copyOf(problems);
    }

    static Publication refused(List<CourseProblem> problems) {
        return new Publication(null, null, problems);
    }

    /**
     * This publication, which must have published the course: for a caller that has already checked the course, a
     * refusal then fails loudly with every problem rather than with a null zip.
     *
     * @throws IllegalStateException naming the problems, when the course was not published
     */
    public Publication published() {
        if (!isPublished()) {
            throw new IllegalStateException("The course was not published: " + problems);
        }
        return this;
    }

    /** Whether the course was published: no problem. */
    public boolean isPublished() {
        return problems.isEmpty();
    }
}
