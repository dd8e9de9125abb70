package org.courseruntime.testing;

import org.courseruntime.port.Environment;

/**
 * The in-memory stand-ins for the browser, together, with the clock at 2026-11-28T14:31:37.123Z. A second tab of
 * the same browser shares the store and the clock: {@link #secondTab()}.
 */
public final class TestEnvironment {
    public static final long START_MILLIS = 1_795_876_297_123L;

    public final ScriptedNetwork network = new ScriptedNetwork();
    public final RecordingBeacon beacon = new RecordingBeacon();
    public final MemoryStore store;
    public final ManualClock clock;
    public final RecordingLog log = new RecordingLog();
    public final SeededRandom random;

    public TestEnvironment() {
        this(new MemoryStore(), new ManualClock(START_MILLIS), 42);
    }

    private TestEnvironment(MemoryStore store, ManualClock clock, long seed) {
        this.store = store;
        this.clock = clock;
        this.random = new SeededRandom(seed);
    }

    /** Another tab (or a reload) of the same browser: same storage and clock, its own network and randomness. */
    public TestEnvironment secondTab() {
        return new TestEnvironment(store, clock, random.nextInt());
    }

    public Environment environment() {
        return new Environment(network, beacon, store, clock, clock, random, log, "https://courses.example.com");
    }
}
