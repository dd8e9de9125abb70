package org.courseruntime.testing;

import org.courseruntime.check.CourseFilesCheck;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpClient;

/**
 * The in-memory stand-ins for the browser, together, with the clock at 2026-11-28T14:31:37.123Z. A second tab of
 * the same browser shares the store and the clock: {@link #secondTab()}.
 */
public final class TestEnvironment {
    public static final long START_MILLIS = 1_795_876_297_123L;

    public final ScriptedNetwork network = new ScriptedNetwork();
    public final RecordingBeacon beacon = new RecordingBeacon();
    public final MemoryStore store;
    /** The tab's sessionStorage: a reload keeps it, another tab has its own. */
    public final MemoryStore sessionStore;
    public final ManualClock clock;
    public final RecordingLog log = new RecordingLog();
    public final SeededRandom random;

    public TestEnvironment() {
        this(new MemoryStore(), new MemoryStore(), new ManualClock(START_MILLIS), 42);
    }

    private TestEnvironment(MemoryStore store, MemoryStore sessionStore, ManualClock clock, long seed) {
        this.store = store;
        this.sessionStore = sessionStore;
        this.clock = clock;
        this.random = new SeededRandom(seed);
    }

    /** Another device: its own storage, clock (at the same start time) and randomness. */
    public static TestEnvironment anotherDevice() {
        return new TestEnvironment(new MemoryStore(), new MemoryStore(), new ManualClock(START_MILLIS), 7);
    }

    /** Another tab of the same browser: same storage and clock, its own session storage, network and randomness. */
    public TestEnvironment secondTab() {
        return new TestEnvironment(store, new MemoryStore(), clock, random.nextInt());
    }

    /** A reload of this tab: as {@link #secondTab()}, but keeping the tab's session storage. */
    public TestEnvironment reload() {
        return new TestEnvironment(store, sessionStore, clock, random.nextInt());
    }

    public Environment environment() {
        return environment(network);
    }

    /** The ports with {@code http} in place of the scripted network (a fake LRS or LMS). */
    public Environment environment(HttpClient http) {
        return new Environment(http, beacon, store, sessionStore, clock, clock, random, log, "https://courses.example.com", new CourseFilesCheck());
    }
}
