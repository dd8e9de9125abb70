package org.courseruntime.delivery;

import org.courseruntime.json.JsonWritable;
import org.courseruntime.json.JsonWriter;

/**
 * A snapshot of delivery for the course's tracking indicator.
 *
 * @param state      what the indicator should say
 * @param queued     statements kept and waiting to be sent
 * @param sending    statements in the request now in flight
 * @param confirmed  statements the LRS confirmed since the page loaded
 * @param setAside   statements the LRS refused as invalid or conflicting, kept aside with the reason
 * @param persistent whether waiting statements survive a reload (false when the browser refuses storage)
 * @param problem    the last problem in words for the learner and author (never with credentials), or {@code null}
 */
public record DeliveryStatus(DeliveryState state, int queued, int sending, int confirmed, int setAside,
                             boolean persistent, String problem) implements JsonWritable {
    /** Called with each new status. */
    public interface Listener {
        void onStatus(DeliveryStatus status);
    }

    /** Writes the status as the JS API hands it to the page. */
    @Override
    public void writeTo(JsonWriter out) {
        out.beginObject().member("state", state.key()).member("queued", queued).member("sending", sending)
                .member("confirmed", confirmed).member("setAside", setAside).member("persistent", persistent)
                .member("problem", problem).endObject();
    }
}
