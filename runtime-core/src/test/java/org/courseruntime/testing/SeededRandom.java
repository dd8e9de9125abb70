package org.courseruntime.testing;

import java.util.Random;
import org.courseruntime.port.RandomSource;

/** Repeatable random bits. */
public final class SeededRandom implements RandomSource {
    private final Random random;

    public SeededRandom(long seed) {
        this.random = new Random(seed);
    }

    @Override
    public int nextInt() {
        return random.nextInt();
    }
}
