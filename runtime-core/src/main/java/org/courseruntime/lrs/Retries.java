package org.courseruntime.lrs;

/**
 * How often {@link LrsClient} sends a request that meets passing failures ({@link Verdict#RETRY}, no answer). A
 * request sent until answered waits as long as the server's {@code Retry-After} asks; one with a limit of tries is one
 * a launch waits for, which goes on with the backoff's own short delays and lets its sender decide after the last.
 */
public final class Retries {
    /** Until it is answered for good: statements and documents, whose repetition is harmless (xAPI ids, PUT). */
    public static final Retries UNTIL_ANSWERED = new Retries(0, true);
    /** Once. */
    public static final Retries ONCE = new Retries(1, true);

    final int tries;
    final boolean afterAnswer;

    private Retries(int tries, boolean afterAnswer) {
        this.tries = tries;
        this.afterAnswer = afterAnswer;
    }

    /** Up to {@code tries} times in all. */
    public static Retries upTo(int tries) {
        return new Retries(tries, true);
    }

    /**
     * Up to {@code tries} times, but only while no answer came: for a request the server answers once, such as the
     * POST to a cmi5 fetch URL, whose second answer would be an error whatever became of the first.
     */
    public static Retries unansweredUpTo(int tries) {
        return new Retries(tries, false);
    }
}
