package org.courseruntime.web;

import org.courseruntime.port.RandomSource;
import org.teavm.jso.JSBody;

/** The random port on crypto.getRandomValues, so that statement ids are not guessable or repeated across learners. */
final class CryptoRandom implements RandomSource {
    @Override
    public int nextInt() {
        return randomInt32();
    }

    @JSBody(script = "return crypto.getRandomValues(new Int32Array(1))[0];")
    private static native int randomInt32();
}
