package org.courseruntime.testing;

import java.util.ArrayList;
import java.util.List;
import org.courseruntime.port.Beacon;

/** A beacon that records what the page handed it at close. */
public final class RecordingBeacon implements Beacon {
    public record Sent(String url, String formBody) {
    }

    public final List<Sent> sent = new ArrayList<>();
    /** When true, the browser refuses the beacons (its beacon queue is full): nothing is recorded. */
    public boolean refuse;

    @Override
    public boolean send(String url, String formBody) {
        if (!refuse) {
            sent.add(new Sent(url, formBody));
        }
        return !refuse;
    }
}
