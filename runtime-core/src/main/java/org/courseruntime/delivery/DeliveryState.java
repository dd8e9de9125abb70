package org.courseruntime.delivery;

/** The one-word state a course can show next to its tracking indicator. */
public enum DeliveryState {
    /** Every statement made so far is confirmed by the LRS. */
    SAVED("saved"),
    /** Statements are on their way. */
    SENDING("sending"),
    /** The last try failed (network, timeout, 429, 5xx); statements are kept and retried. */
    RETRYING("retrying"),
    /** The LRS refused the credentials (401/403); statements are kept, nothing is sent. */
    AUTH_REFUSED("auth-refused"),
    /** The LRS rejected statements as invalid (400/409). */
    REJECTED("rejected"),
    /** The course's publish settings or definition are unusable; nothing is tracked. */
    MISCONFIGURED("misconfigured");

    private final String key;

    DeliveryState(String key) {
        this.key = key;
    }

    /** The name the JS API reports, e.g. {@code "auth-refused"}. */
    public String key() {
        return key;
    }
}
