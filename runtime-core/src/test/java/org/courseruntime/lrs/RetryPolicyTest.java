package org.courseruntime.lrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    @Test
    void delaysDoubleFromOneSecondUpToAMinuteEachDrawnBetweenHalfAndAllOfIt() {
        assertEquals(500, RetryPolicy.delayMillis(1, -1, 0));
        assertEquals(999, RetryPolicy.delayMillis(1, -1, 0.999));
        assertEquals(16_000, RetryPolicy.delayMillis(6, -1, 0));
        assertEquals(30_000, RetryPolicy.delayMillis(7, -1, 0));
        assertEquals(59_999, RetryPolicy.delayMillis(1_000, -1, 0.99998));
    }

    @Test
    void retryAfterIsAFloorCappedAtAnHour() {
        assertEquals(120_000, RetryPolicy.delayMillis(1, 120_000, 0.5));
        assertEquals(3_600_000, RetryPolicy.delayMillis(1, 86_400_000, 0.5));
        assertEquals(45_000, RetryPolicy.delayMillis(7, 2_000, 0.5));
    }
}
