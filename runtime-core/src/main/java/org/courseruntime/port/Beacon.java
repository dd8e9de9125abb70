package org.courseruntime.port;

/**
 * Sends a request that outlives the page (navigator.sendBeacon in the browser): a POST of a form body, whose answer
 * is never seen.
 */
public interface Beacon {
    /** Queues a POST of {@code formBody} ({@code application/x-www-form-urlencoded}); false when the browser refused it. */
    boolean send(String url, String formBody);
}
