package org.courseruntime.interaction;

/**
 * A learner's answer to a question, judged.
 *
 * @param response the answer in the xAPI response format of the question's type (e.g. {@code a[,]c})
 * @param correct  whether it matches the correct response, or {@code null} for a question with none (a survey)
 */
public record Answer(String response, Boolean correct) {
}
