package org.courseruntime.delivery;

import java.util.LinkedHashMap;
import java.util.Map;

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
                             boolean persistent, String problem) {
    /** Called with each new status. */
    public interface Listener {
        void onStatus(DeliveryStatus status);
    }

    /** The status as a JSON tree, as the JS API hands it to the page. */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", state.key());
        json.put("queued", queued);
        json.put("sending", sending);
        json.put("confirmed", confirmed);
        json.put("setAside", setAside);
        json.put("persistent", persistent);
        json.put("problem", problem);
        return json;
    }
}
