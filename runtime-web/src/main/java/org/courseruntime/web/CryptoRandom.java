package org.courseruntime.web;

import org.courseruntime.port.RandomSource;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;

/**
 * The random port on crypto.getRandomValues, so that statement ids are not guessable or repeated across learners.
 * It draws 64 values per call: a call costs microseconds, and every statement id takes four values.
 */
final class CryptoRandom implements RandomSource {
    private final int[] values = new int[64];
    private int next = values.length;

    @Override
    public int nextInt() {
        if (next == values.length) {
            fill(values);
            next = 0;
        }
        return values[next++];
    }

    @JSBody(params = "values", script = "crypto.getRandomValues(values);")
    private static native void fill(@JSByRef int[] values);
}
