package org.courseruntime.course;

import java.util.ArrayList;
import java.util.List;

/**
 * When a completed attempt counts as passed: a scaled score of at least {@code minimumScore} (when the course has
 * scored questions; {@code 0} means any score), and every section in {@code requiredSections} completed.
 */
public record PassCriteria(double minimumScore, List<String> requiredSections) {
    /** Passing on completion alone. */
    public static final PassCriteria ON_COMPLETION = new PassCriteria(0, new ArrayList<>());

    public PassCriteria {
        requiredSections = new ArrayList<>(requiredSections);
    }
}
