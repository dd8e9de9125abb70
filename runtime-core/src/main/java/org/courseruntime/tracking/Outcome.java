package org.courseruntime.tracking;

import java.util.Map;
import org.courseruntime.interaction.Answer;
import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.statement.Score;

/**
 * How a finished attempt ended.
 *
 * @param passed   judged by the pass criteria
 * @param score    the course score, or {@code null} for a course where no question counts
 * @param mastered whether the mastery score was reached during the attempt
 * @param progress the progress in percent when the attempt finished
 * @param answers  the attempt's latest answer to each question answered, by question id
 */
public record Outcome(boolean passed, Score score, boolean mastered, int progress, Map<String, Answer> answers)
        implements JsonWritable {
    /**
     * Writes the outcome as the JS API hands it to the page: the score as scaled, raw and max, and for each question
     * answered whether its latest answer is correct ({@code null}: a question without a correct response).
     */
    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject().member("passed", passed).member("mastered", mastered).member("progress", progress);
        if (score != null) {
            out.member("scaled", score.scaled()).member("raw", score.raw()).member("max", score.max());
        }
        out.name("questions").beginObject();
        for (Map.Entry<String, Answer> answer : answers.entrySet()) {
            out.member(answer.getKey(), answer.getValue().correct());
        }
        out.endObject().endObject();
    }
}
