package org.courseruntime.delivery;

import java.util.List;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.publish.PublishSettings;

/**
 * Builds the xAPI requests that post a batch of statements: the URL and the headers every LRS requires, as a JSON
 * POST, or in the xAPI 1.0.x alternate request syntax for a beacon at page close.
 */
final class StatementsRequest {
    private StatementsRequest() {
    }

    /** A POST of {@code batch} as one JSON array to {@code endpoint/statements}. */
    static HttpRequest post(PublishSettings settings, List<PendingStatement> batch) {
        return new HttpRequest("POST", settings.endpoint() + "statements", XapiHeaders.of(settings.credentials(), true),
                array(batch));
    }

    /** The URL of the alternate syntax, {@code endpoint/statements?method=POST}. */
    static String alternateUrl(PublishSettings settings) {
        return settings.endpoint() + "statements?method=POST";
    }

    /** The form body of the alternate syntax ({@link XapiHeaders#alternateForm}) carrying {@code batch}. */
    static String alternateForm(PublishSettings settings, List<PendingStatement> batch) {
        return XapiHeaders.alternateForm(settings.credentials(), array(batch));
    }

    private static String array(List<PendingStatement> batch) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < batch.size(); i++) {
            body.append(i == 0 ? "" : ",").append(batch.get(i).json());
        }
        return body.append(']').toString();
    }
}
