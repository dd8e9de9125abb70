package org.courseruntime.delivery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.statement.Statement;

/** Builds the xAPI request that posts a batch of statements: the URL and the headers every LRS requires. */
final class StatementsRequest {
    static final String XAPI_VERSION = "1.0.3";

    private StatementsRequest() {
    }

    /** A POST of {@code batch} as one JSON array to {@code endpoint/statements}. */
    static HttpRequest post(PublishSettings settings, List<Statement> batch) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Experience-API-Version", XAPI_VERSION);
        if (settings.credentials() != null) {
            headers.put("Authorization", settings.credentials().authorizationHeader());
        }
        List<Object> body = new ArrayList<>(batch.size());
        for (Statement statement : batch) {
            body.add(statement.toJson());
        }
        return new HttpRequest("POST", settings.endpoint() + "statements", headers, JsonWriter.write(body));
    }
}
