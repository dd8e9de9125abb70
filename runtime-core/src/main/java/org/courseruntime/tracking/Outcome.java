package org.courseruntime.tracking;

import java.util.LinkedHashMap;
import java.util.Map;
import org.courseruntime.statement.Score;

/**
 * How a finished attempt ended.
 *
 * @param passed   judged by the pass criteria
 * @param score    the course score, or {@code null} for a course where no question counts
 * @param mastered whether the mastery score was reached during the attempt
 * @param progress the progress in percent when the attempt finished
 */
public record Outcome(boolean passed, Score score, boolean mastered, int progress) {
    /** The outcome as a JSON tree for the page. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("passed", passed);
        json.put("mastered", mastered);
        json.put("progress", progress);
        if (score != null) {
            json.put("scaled", score.scaled());
            json.put("raw", score.raw());
            json.put("max", score.max());
        }
        return json;
    }
}
