package org.courseruntime.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.courseruntime.check.CourseFilesCheck;
import org.courseruntime.port.Environment;
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
import org.courseruntime.testing.RecordingBeacon;
import org.courseruntime.testing.RecordingLog;
import org.courseruntime.testing.SeededRandom;
import org.courseruntime.testing.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * 10,000 learners whose LRS is down for 10 minutes, then returns. Prints the request rate the LRS sees during the
 * outage and after it, and the time until every queue is drained. The jittered backoff must keep the return from
 * becoming a synchronized retry storm: the busiest second after the return may see at most 5% of the learners.
 */
class OutageSimulationTest {
    private static final int LEARNERS = 10_000;
    private static final long OUTAGE_MILLIS = 10 * 60_000;
    private static final long START = TestEnvironment.START_MILLIS;

    @Test
    void tenThousandLearnersOutlastATenMinuteOutageWithoutARetryStorm() throws Exception {
        Random random = new Random(42);
        ManualClock clock = new ManualClock(START);
        FakeLrs lrs = new FakeLrs(clock, 100);
        lrs.fault(ids -> clock.nowMillis() < START + OUTAGE_MILLIS ? FakeLrs.NETWORK_ERROR : null);
        PublishSettings settings = PublishSettingsReader.read(Fixtures.allStatements("https://lrs.example.com/xapi/"));
        RecordingLog quiet = new RecordingLog();
        for (int i = 0; i < LEARNERS; i++) {
            Environment browser = new Environment(lrs, new RecordingBeacon(), new MemoryStore(), new MemoryStore(), clock, clock,
                    new SeededRandom(random.nextLong()), quiet, "https://courses.example.com", new CourseFilesCheck());
            Delivery delivery = new Delivery(Fixtures.lrs(settings, browser), browser, "course learner-" + i, "tab-" + i);
            int learner = i;
            clock.schedule((long) (random.nextDouble() * 60_000), () -> delivery.send(statement(learner, 0)));
            clock.schedule(60_000 + (long) (random.nextDouble() * 480_000), () -> delivery.send(statement(learner, 1)));
        }

        clock.advanceTo(START + 3 * 3_600_000);

        int[] perSecond = new int[3 * 3_600];
        for (long at : lrs.requestTimes) {
            perSecond[(int) ((at - START) / 1000)]++;
        }
        int outageSeconds = (int) (OUTAGE_MILLIS / 1000);
        int outageRequests = 0;
        int outagePeak = 0;
        for (int s = 0; s < outageSeconds; s++) {
            outageRequests += perSecond[s];
            outagePeak = Math.max(outagePeak, perSecond[s]);
        }
        int returnPeak = 0;
        int lastSecond = outageSeconds;
        for (int s = outageSeconds; s < perSecond.length; s++) {
            returnPeak = Math.max(returnPeak, perSecond[s]);
            if (perSecond[s] > 0) {
                lastSecond = s;
            }
        }
        System.out.printf("Outage simulation: %d learners, LRS down %d min: during the outage %.1f requests/s on average,"
                        + " %d in the busiest second; after it returns %d in the busiest second; every queue drained %d s"
                        + " after the return; %d requests in all for %d statements%n",
                LEARNERS, OUTAGE_MILLIS / 60_000, outageRequests / (double) outageSeconds, outagePeak, returnPeak,
                lastSecond + 1 - outageSeconds, lrs.requests.size(), 2 * LEARNERS);
        assertEquals(2 * LEARNERS, lrs.storedIds().size());
        assertTrue(returnPeak <= LEARNERS / 20, "busiest second after the return: " + returnPeak);
    }

    private static Statement statement(int learner, int n) {
        return new Statement(String.format("%08x-%04x-4000-8000-000000000000", learner, n), "2026-11-28T14:31:37.123Z",
                Agent.withEmail(null, "l" + learner + "@example.com"), new Verb("http://adlnet.gov/expapi/verbs/experienced", "experienced"),
                new Activity("https://courses.example.com/c/p" + n, null, null), null, null);
    }
}
