package org.courseruntime.testing;

import org.courseruntime.launch.Environment;

/** The in-memory stand-ins for the browser, together, with the clock at 2026-11-28T14:31:37.123Z. */
public final class TestEnvironment {
    public static final long START_MILLIS = 1_795_876_297_123L;

    public final ScriptedNetwork network = new ScriptedNetwork();
    public final MemoryStore store = new MemoryStore();
    public final ManualClock clock = new ManualClock(START_MILLIS);
    public final RecordingLog log = new RecordingLog();
    public final SeededRandom random = new SeededRandom(42);

    public Environment environment() {
        return new Environment(network, store, clock, clock, random, log, "https://courses.example.com");
    }
}
