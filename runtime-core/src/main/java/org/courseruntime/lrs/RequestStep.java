package org.courseruntime.lrs;

import java.util.Map;

/**
 * One step of the chain every request to an LRS or LMS passes through on its way out ({@link LrsClient}): it adds the
 * headers it owns, which a beacon carries as form fields instead. The xAPI version is one step, each kind of
 * authorization another; a new kind of authorization is one more class like {@link Credentials}.
 */
public interface RequestStep {
    /** Adds this step's headers to those of a request, which has a JSON body when {@code json}. */
    void addTo(Map<String, String> headers, boolean json);
}
