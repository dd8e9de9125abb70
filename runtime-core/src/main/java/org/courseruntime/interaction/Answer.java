package org.courseruntime.interaction;

import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/**
 * A learner's answer to a question, judged; written as {@code {"response":"a[,]c","correct":true}} (in the saved
 * attempt and for the page).
 *
 * @param response the answer in the xAPI response format of the question's type (e.g. {@code a[,]c})
 * @param correct  whether it matches the correct response, or {@code null} for a question with none (a survey)
 */
public record Answer(String response, Boolean correct) implements JsonWritable {
    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject().member("response", response).member("correct", correct).endObject();
    }
}
