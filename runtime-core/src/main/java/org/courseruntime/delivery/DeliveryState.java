package org.courseruntime.delivery;

/** The one-word state a course can show next to its tracking indicator. */
public enum DeliveryState {
    /** Every statement made so far is confirmed by the LRS. */
    SAVED("saved"),
    /** Statements are on their way (or wait for the tab that is sending this course's statements). */
    SENDING("sending"),
    /** The last try failed (network, timeout, 429, 5xx); statements are kept and retried with backoff. */
    RETRYING("retrying"),
    /**
     * Everything else is confirmed, but the LRS refused statements for good (400, 409, 413, a cmi5 rule about one
     * statement): they are set aside with the reason, for the author; not all is saved.
     */
    REJECTED("rejected"),
    /** The browser is offline; statements are kept and sent when it is back online. */
    OFFLINE("offline"),
    /** The LRS refused the credentials (401/403); statements are kept, nothing is sent until the settings change. */
    AUTH_REFUSED("auth-refused"),
    /** The LRS endpoint refused the statements resource (404, 405...); statements are kept, nothing is sent. */
    ENDPOINT_REFUSED("endpoint-refused"),
    /** A cmi5 LMS's launch is being set up; what the learner does meanwhile is sent once it is. */
    CONNECTING("connecting"),
    /** The course's publish settings, definition or launch are unusable, or the LMS refused the launch; nothing is sent. */
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
