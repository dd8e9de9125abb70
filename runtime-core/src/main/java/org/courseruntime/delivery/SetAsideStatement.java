package org.courseruntime.delivery;

/** A statement the LRS refused as invalid (400) or conflicting (409), kept with the reason so the author can see it. */
public record SetAsideStatement(String id, String reason, String json) {
}
