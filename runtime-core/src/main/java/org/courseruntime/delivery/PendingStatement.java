package org.courseruntime.delivery;

/**
 * A statement waiting in the outbox: its id, its place in the order statements were made, and its JSON text exactly
 * as it will be sent (so a resend after a reload is byte for byte the same statement).
 */
record PendingStatement(String id, String order, String json) {
    /** Whether it goes in a request of its own ({@link Outbox#ALONE}). */
    boolean goesAlone() {
        return order.endsWith(Outbox.ALONE);
    }
}
