package org.courseruntime.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.courseruntime.check.CourseFilesCheck;
import org.courseruntime.json.JsonReader;
import org.courseruntime.port.Beacon;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.PublishSettingsReader;
import org.courseruntime.statement.Activity;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Statement;
import org.courseruntime.statement.Verb;
import org.courseruntime.testing.FakeLrs;
import org.courseruntime.testing.Fixtures;
import org.courseruntime.testing.ManualClock;
import org.courseruntime.testing.MemoryStore;
import org.courseruntime.testing.PageInstance;
import org.courseruntime.testing.RecordingLog;
import org.courseruntime.testing.SeededRandom;
import org.courseruntime.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * Many simulated learners, each with their own browser storage, take a half-hour session while the network fails
 * at random: dropped connections, 500/503/429 answers, answers lost after the LRS stored the batch, pages reloaded or
 * closed mid-send (with or without a beacon that arrives), offline spells, and a few statements the LRS refuses.
 * Then the network heals. Every valid statement must be stored exactly once, every refused one set aside.
 * The seed is printed; rerun a failure with {@code mvn test -pl runtime-core -Dtest=RandomizedFaultRunTest -Dfaults.seed=N}.
 */
class RandomizedFaultRunTest {
    private static final long SEED = Long.getLong("faults.seed", 20_261_128L);
    private static final int LEARNERS = 200;
    private static final long SESSION_MILLIS = 30 * 60_000;

    private final Random random = new Random(SEED);
    private final ManualClock clock = new ManualClock(TestEnvironment.START_MILLIS);
    private final FakeLrs lrs = new FakeLrs(clock, 80);
    private final Set<String> invalid = new HashSet<>();
    private final Set<String> made = new LinkedHashSet<>();
    private final PublishSettings settings = settings();
    private boolean healed;
    private int beacons;
    private int beaconsLost;
    private int reloads;

    private static PublishSettings settings() {
        try {
            return PublishSettingsReader.read(Fixtures.allStatements("https://lrs.example.com/xapi/"));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** One learner's browser: its storage outlives page loads; the page and its delivery do not. */
    private final class Learner implements Beacon {
        final int number;
        final MemoryStore store = new MemoryStore();
        final Environment browser;
        PageInstance page;
        Delivery delivery;
        int counter;

        Learner(int number) {
            this.number = number;
            this.browser = new Environment(lrs, this, store, new MemoryStore(), clock, clock, new SeededRandom(random.nextLong()),
                    new RecordingLog(), "https://courses.example.com", new CourseFilesCheck());
            load();
        }

        void load() {
            page = new PageInstance(browser);
            delivery = new Delivery(Fixtures.lrs(settings, page.environment()), page.environment(), "course learner-" + number, "page-" + random.nextInt());
        }

        void act() {
            for (int n = 1 + random.nextInt(4); n > 0; n--) {
                String id = String.format("%08x-%04x-4000-8000-000000000000", number, counter++);
                if (random.nextDouble() < 0.02) {
                    invalid.add(id);
                } else {
                    made.add(id);
                }
                delivery.send(new Statement(id, "2026-11-28T14:31:37.123Z", Agent.withEmail(null, "l" + number + "@example.com"),
                        new Verb("http://adlnet.gov/expapi/verbs/experienced", "experienced"),
                        new Activity("https://courses.example.com/c/p" + counter, null, null), null, null));
            }
        }

        void reload() {
            reloads++;
            if (random.nextDouble() < 0.7) {
                delivery.pageHidden(); // the browser fired pagehide before the page went
            }
            page.close();
            load();
        }

        @Override
        public boolean send(String url, String formBody) {
            beacons++;
            if (random.nextDouble() < 0.2) {
                beaconsLost++;
                return true;
            }
            String content = null;
            for (String pair : formBody.split("&")) {
                if (pair.startsWith("content=")) {
                    content = URLDecoder.decode(pair.substring(8), StandardCharsets.UTF_8);
                }
            }
            try {
                List<?> batch = (List<?>) JsonReader.parse(content);
                if (batch.stream().noneMatch(s -> invalid.contains(((java.util.Map<?, ?>) s).get("id")))) {
                    lrs.store(batch);
                }
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            return true;
        }
    }

    private HttpResponse networkFault(List<String> ids) {
        if (ids.stream().anyMatch(invalid::contains)) {
            return new HttpResponse(400, null, "{\"message\":\"invalid statement\"}");
        }
        if (healed) {
            return null;
        }
        double draw = random.nextDouble();
        if (draw < 0.08) {
            return FakeLrs.NETWORK_ERROR;
        } else if (draw < 0.12) {
            return new HttpResponse(500, null, "");
        } else if (draw < 0.15) {
            return new HttpResponse(503, null, "");
        } else if (draw < 0.17) {
            return new HttpResponse(429, "2", "");
        } else if (draw < 0.20) {
            return FakeLrs.ANSWER_LOST;
        }
        return null;
    }

    @Test
    void randomFaultsLoseNoStatementAndStoreNoneTwice() {
        lrs.fault(this::networkFault);
        List<Learner> learners = new ArrayList<>();
        for (int i = 0; i < LEARNERS; i++) {
            Learner learner = new Learner(i);
            learners.add(learner);
            for (long at = (long) (random.nextDouble() * 20_000); at < SESSION_MILLIS; at += 5_000 + (long) (random.nextDouble() * 30_000)) {
                double event = random.nextDouble();
                clock.schedule(at, event < 0.03 ? () -> actThenLeave(learner) : event < 0.05 ? () -> offlineSpell(learner) : learner::act);
            }
        }
        clock.advance(SESSION_MILLIS);
        healed = true;
        for (Learner learner : learners) {
            learner.delivery.setOnline(true);
        }
        clock.advance(2 * 3_600_000);

        Set<String> stored = new HashSet<>(lrs.storedIds());
        Set<String> lost = new HashSet<>(made);
        lost.removeAll(stored);
        Set<String> refusedButStored = new HashSet<>(invalid);
        refusedButStored.retainAll(stored);
        int setAside = 0;
        int leftInOutboxes = 0;
        for (Learner learner : learners) {
            setAside += learner.store.keys(Outbox.ASIDE_PREFIX).size();
            leftInOutboxes += learner.store.keys(Outbox.PREFIX).size();
        }
        System.out.printf("Randomized fault run, seed %d (rerun: -Dfaults.seed=%d): %d learners, %d statements made"
                        + " (%d valid, %d the LRS refuses), %d reloads, %d requests, %d beacons (%d lost on the way);"
                        + " stored %d, lost %d, stored twice %d, set aside %d, left in outboxes %d; %d redundant resends"
                        + " absorbed by the statement ids%n",
                SEED, SEED, LEARNERS, made.size() + invalid.size(), made.size(), invalid.size(), reloads,
                lrs.requests.size(), beacons, beaconsLost, stored.size(), lost.size(),
                lrs.storedIds().size() - stored.size(), setAside, leftInOutboxes, lrs.resends());
        assertEquals(Set.of(), lost, "lost");
        assertEquals(made, stored, "stored");
        assertEquals(Set.of(), refusedButStored);
        assertEquals(invalid.size(), setAside);
        assertEquals(0, leftInOutboxes);
        assertTrue(reloads > 50 && beacons > 20 && made.size() > 10_000, "the run exercised what it claims");
    }

    /** The learner does something and reloads or closes the page before (or just after) it is sent. */
    private void actThenLeave(Learner learner) {
        learner.act();
        clock.schedule((long) (random.nextDouble() * 150), learner::reload);
    }

    private void offlineSpell(Learner learner) {
        learner.delivery.setOnline(false);
        Delivery atTheTime = learner.delivery;
        clock.schedule((long) (random.nextDouble() * 120_000), () -> atTheTime.setOnline(true));
    }
}
