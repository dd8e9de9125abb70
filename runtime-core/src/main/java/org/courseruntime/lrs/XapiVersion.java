package org.courseruntime.lrs;

import java.util.Map;

/** The headers xAPI requires of every request: its version, and the JSON content type of a body. */
final class XapiVersion implements RequestStep {
    static final String VERSION = "1.0.3";
    static final XapiVersion STEP = new XapiVersion();

    private XapiVersion() {
    }

    @Override
    public void addTo(Map<String, String> headers, boolean json) {
        if (json) {
            headers.put("Content-Type", "application/json");
        }
        headers.put("X-Experience-API-Version", VERSION);
    }
}
