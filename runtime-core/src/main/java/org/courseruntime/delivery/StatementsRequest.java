package org.courseruntime.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseruntime.encoding.FormEncoding;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.publish.PublishSettings;

/**
 * Builds the xAPI requests that post a batch of statements: the URL and the headers every LRS requires, as a JSON
 * POST, or in the xAPI 1.0.x alternate request syntax for a beacon at page close.
 */
final class StatementsRequest {
    static final String XAPI_VERSION = "1.0.3";

    private StatementsRequest() {
    }

    /** A POST of {@code batch} as one JSON array to {@code endpoint/statements}. */
    static HttpRequest post(PublishSettings settings, List<PendingStatement> batch) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Experience-API-Version", XAPI_VERSION);
        if (settings.credentials() != null) {
            headers.put("Authorization", settings.credentials().authorizationHeader());
        }
        return new HttpRequest("POST", settings.endpoint() + "statements", headers, array(batch));
    }

    /** The URL of the alternate syntax, {@code endpoint/statements?method=POST}. */
    static String alternateUrl(PublishSettings settings) {
        return settings.endpoint() + "statements?method=POST";
    }

    /**
     * The form body of the alternate syntax: the headers become form fields next to {@code content}, so the request
     * is a CORS "simple request" a beacon can carry to another origin without a preflight.
     */
    static String alternateForm(PublishSettings settings, List<PendingStatement> batch) {
        String content = array(batch);
        return settings.credentials() == null
                ? FormEncoding.form("content", content, "X-Experience-API-Version", XAPI_VERSION, "Content-Type", "application/json")
                : FormEncoding.form("content", content, "Authorization", settings.credentials().authorizationHeader(),
                        "X-Experience-API-Version", XAPI_VERSION, "Content-Type", "application/json");
    }

    private static String array(List<PendingStatement> batch) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < batch.size(); i++) {
            body.append(i == 0 ? "" : ",").append(batch.get(i).json());
        }
        return body.append(']').toString();
    }
}
