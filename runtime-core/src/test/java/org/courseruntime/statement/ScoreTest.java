package org.courseruntime.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.courseruntime.json.JsonWriter;
import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void scaledIsRawOverMaxWrittenToSixDecimals() {
        assertEquals("{\"scaled\":0.666667,\"raw\":2,\"min\":0,\"max\":3}", JsonWriter.write(Score.of(2, 3)));
        assertEquals("{\"scaled\":0.333333,\"raw\":1.5,\"min\":0,\"max\":4.5}", JsonWriter.write(Score.of(1.5, 4.5)));
        assertEquals("{\"scaled\":1,\"raw\":7,\"min\":0,\"max\":7}", JsonWriter.write(Score.of(7, 7)));
    }

    @Test
    void refusesAnInconsistentScore() {
        assertThrows(IllegalArgumentException.class, () -> new Score(1.2, 6, 0, 5));
        assertThrows(IllegalArgumentException.class, () -> Score.of(6, 5));
    }
}
