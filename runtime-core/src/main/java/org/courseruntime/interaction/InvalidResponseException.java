package org.courseruntime.interaction;

/** A learner response that does not fit its question, e.g. a choice id the question does not have. */
public final class InvalidResponseException extends IllegalArgumentException {
    public InvalidResponseException(String message) {
        super(message);
    }
}
