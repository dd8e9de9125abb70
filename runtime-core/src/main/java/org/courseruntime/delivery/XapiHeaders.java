package org.courseruntime.delivery;

import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.encoding.Form;
import org.courseruntime.publish.Credentials;

/**
 * The headers every xAPI request carries (the version, the credentials when there are any, the JSON content type
 * when it has a body), as request headers or, in the xAPI 1.0.x alternate request syntax, as form fields next to
 * {@code content}: a CORS "simple request" a beacon can carry to another origin without a preflight.
 */
public final class XapiHeaders {
    static final String XAPI_VERSION = "1.0.3";

    private XapiHeaders() {
    }

    /** The headers of a request with {@code credentials} (or none), with a JSON body when {@code json}. */
    public static Map<String, String> of(Credentials credentials, boolean json) {
        Map<String, String> headers = new OrderedMap<>();
        if (json) {
            headers.put("Content-Type", "application/json");
        }
        headers.put("X-Experience-API-Version", XAPI_VERSION);
        if (credentials != null) {
            headers.put("Authorization", credentials.authorizationHeader());
        }
        return headers;
    }

    /** The alternate syntax's form body: {@code content} (JSON), then the headers as fields. */
    static String alternateForm(Credentials credentials, String content) {
        return credentials == null
                ? Form.of("content", content, "X-Experience-API-Version", XAPI_VERSION, "Content-Type", "application/json")
                : Form.of("content", content, "Authorization", credentials.authorizationHeader(),
                        "X-Experience-API-Version", XAPI_VERSION, "Content-Type", "application/json");
    }
}
