package org.courseruntime.lrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
    private static final long NOW = Instant.parse("2026-11-28T14:00:00Z").toEpochMilli();

    @Test
    void readsDeltaSeconds() {
        assertEquals(120_000, RetryAfter.millis("120", NOW));
        assertEquals(0, RetryAfter.millis(" 0 ", NOW));
    }

    @Test
    void readsAnHttpDateRelativeToNow() {
        assertEquals(90_000, RetryAfter.millis("Sat, 28 Nov 2026 14:01:30 GMT", NOW));
        assertEquals(0, RetryAfter.millis("Fri, 27 Nov 2026 14:01:30 GMT", NOW), "a date in the past means now");
        assertEquals(Instant.parse("2027-03-01T00:00:00Z").toEpochMilli() - NOW, RetryAfter.millis("Mon, 01 Mar 2027 00:00:00 GMT", NOW));
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertEquals(-1, RetryAfter.millis(null, NOW));
        assertEquals(-1, RetryAfter.millis("soon", NOW));
        assertEquals(-1, RetryAfter.millis("-5", NOW));
        assertEquals(-1, RetryAfter.millis("Sat, 28 Foo 2026 14:01:30 GMT", NOW));
    }
}
