package org.courseruntime.interaction;

import java.util.Map;

/**
 * What a question asks and how an answer is judged, for one xAPI interaction type. Each type is one small class
 * that keeps its response format and its correctness rule together.
 */
public interface Interaction {
    InteractionType type();

    /**
     * The interaction members of the question's activity definition: {@code interactionType},
     * {@code correctResponsesPattern} (when the question has a correct response) and its component lists.
     */
    Map<String, Object> definition();

    /** Whether the question has a correct response, so that it can be scored. */
    boolean isScored();

    /**
     * Judges {@code response} (the learner's answer as a JSON value: a boolean, a number, a string, a list of ids,
     * a list of [left, right] pairs, depending on the type).
     *
     * @throws InvalidResponseException when the response does not fit the question
     */
    Answer judge(Object response);
}
