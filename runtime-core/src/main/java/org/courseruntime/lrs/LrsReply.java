package org.courseruntime.lrs;

import org.courseruntime.port.HttpResponse;

/** What the sender of a request through {@link LrsClient} is told, once it is answered or given up. */
public interface LrsReply {
    /**
     * The request's final answer and what it means; {@link Verdict#RETRY} only once the {@link Retries} are used up.
     */
    void answered(HttpResponse response, int verdict);

    /** No answer came to the last try (the network failed, it timed out, the browser blocked it), or it was withdrawn. */
    void unanswered(String reason);

    /**
     * A passing failure ({@code response} {@code null} when no answer came), which {@code problem} describes for the
     * author: the request goes again in {@code delayMillis}.
     */
    default void retrying(HttpResponse response, String problem, long delayMillis) {
    }

    /** Asked when a retry is due: false withdraws the request ({@link #unanswered}); the sender sends it again itself. */
    default boolean stillWanted() {
        return true;
    }

    /**
     * The body a retry carries, asked after {@link #stillWanted}: by default what was sent; a sender whose content
     * grew or changed meanwhile (more statements, a newer document) gives what it has now, so that no older copy
     * follows a newer one and what waited goes along.
     */
    default String body(String sent) {
        return sent;
    }
}
