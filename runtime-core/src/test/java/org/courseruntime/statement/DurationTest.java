package org.courseruntime.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationTest {
    @ParameterizedTest
    @CsvSource({
            "0, PT0S",
            "-5, PT0S",
            "4, PT0S",
            "5, PT0.01S",
            "250, PT0.25S",
            "999, PT1S",
            "1000, PT1S",
            "60000, PT1M",
            "3723450, PT1H2M3.45S",
            "3600000, PT1H",
            "86400000, PT24H",
            "90061070, PT25H1M1.07S",
            "360000000000, PT100000H"})
    void writesHoursMinutesAndSecondsToTheHundredthNeverEmptyNorDays(long millis, String expected) {
        assertEquals(expected, Duration.format(millis));
    }
}
