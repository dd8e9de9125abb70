package org.courseruntime.tracking;

import java.util.Map;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.Page;
import org.courseruntime.course.Section;
import org.courseruntime.interaction.Answer;
import org.courseruntime.statement.Score;

/**
 * The one definition of the course score, used for mastery, for pass/fail and in statements (docs/scoring.md):
 * the questions that count are those with a correct response and a weight above 0; each earns its weight when its
 * latest answer is correct and 0 otherwise (unanswered included); raw = points earned, max = total weight, min = 0,
 * scaled = raw / max. A course where no question counts has no score.
 */
final class CourseScore {
    /** Tolerance when comparing a scaled score with a threshold, so that 0.7 reached as 7/10 counts as 0.7. */
    static final double EPSILON = 1e-9;

    private CourseScore() {
    }

    /** The score of {@code answers}, or {@code null} when no question counts. */
    static Score of(CourseDefinition course, Map<String, Answer> answers) {
        double raw = 0;
        double max = 0;
        for (Section section : course.sections()) { // not course.pages(): a copy of them all for every answer
            for (Page page : section.pages()) {
                if (page.isQuestion() && page.question().counts()) {
                    double weight = page.question().weight();
                    max += weight;
                    Answer answer = answers.get(page.id());
                    if (answer != null && Boolean.TRUE.equals(answer.correct())) {
                        raw += weight;
                    }
                }
            }
        }
        return max > 0 ? Score.of(raw, max) : null;
    }

    /** Whether {@code score} reaches {@code threshold} (a scaled score). */
    static boolean reaches(Score score, double threshold) {
        return score.scaled() >= threshold - EPSILON;
    }
}
