package org.courseruntime.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampTest {
    private static final DateTimeFormatter RFC3339_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    @Test
    void writesUtcWithMillisecondsAndAZ() {
        assertEquals("2026-11-28T14:31:37.123Z", Timestamp.format(1_795_876_297_123L));
        assertEquals("1970-01-01T00:00:00.000Z", Timestamp.format(0));
    }

    @Test
    void handlesLeapDaysAndCenturyRules() {
        assertEquals("2024-02-29T23:59:59.999Z", Timestamp.format(Instant.parse("2024-02-29T23:59:59.999Z").toEpochMilli()));
        assertEquals("2000-02-29T00:00:00.000Z", Timestamp.format(Instant.parse("2000-02-29T00:00:00Z").toEpochMilli()));
        assertEquals("2100-03-01T00:00:00.000Z", Timestamp.format(Instant.parse("2100-03-01T00:00:00Z").toEpochMilli()));
        assertEquals("1969-12-31T23:59:59.999Z", Timestamp.format(-1));
    }

    @Test
    void agreesWithJavaTimeOnAHundredThousandRandomInstants() {
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long millis = random.nextLong() % 8_000_000_000_000L; // about 1716 to 2223
            assertEquals(RFC3339_MILLIS.format(Instant.ofEpochMilli(millis)), Timestamp.format(millis), "at " + millis);
        }
    }
}
