package org.courseruntime.launch;

import java.util.Map;
import org.courseruntime.cmi5.Cmi5Parameters;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.encoding.FormEncoding;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.Problems;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Iri;
import org.courseruntime.statement.Uuid;

/** The name/value pairs of a launch URL's query string, decoded (the Tin Can and cmi5 launches both use them). */
public final class LaunchQuery {
    static final String DOCUMENT = "launch parameters";

    private LaunchQuery() {
    }

    /**
     * The parameters of {@code query} (with or without the leading {@code ?}; {@code null} is empty).
     *
     * @throws InvalidDocumentException naming a parameter that is not URL-encoded properly
     */
    public static Map<String, String> parse(String query) throws InvalidDocumentException {
        Map<String, String> params = new OrderedMap<>();
        String text = query == null ? "" : query.startsWith("?") ? query.substring(1) : query;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '&') {
                if (i > start) {
                    add(params, text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return params;
    }

    /**
     * The cmi5 launch in {@code params} (a launch URL's {@link #parse parameters}, holding {@code fetch}; cmi5
     * section 8.1).
     *
     * @throws InvalidDocumentException listing every missing or malformed parameter
     */
    public static Cmi5Parameters readCmi5(Map<String, String> params) throws InvalidDocumentException {
        Problems problems = new Problems();
        String endpoint = endpoint(params, problems);
        String fetch = params.get("fetch");
        if (!Iri.isHttpUrl(fetch)) {
            problems.add("fetch", "must be an http:// or https:// URL (where the LMS hands out the session's token)");
        }
        Agent actor = LaunchActor.read(params.get("actor"), problems);
        String registration = registration(params, true, problems);
        String activityId = iri(params, "activityId", true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        return new Cmi5Parameters(endpoint, fetch, actor, registration, activityId);
    }

    /** The LRS's xAPI base URL from {@code endpoint}, ending in {@code /}, or a problem. */
    static String endpoint(Map<String, String> params, Problems problems) {
        String endpoint = params.get("endpoint");
        if (!Iri.isHttpUrl(endpoint)) {
            problems.add("endpoint", "must be an http:// or https:// URL");
            return null;
        }
        return endpoint.endsWith("/") ? endpoint : endpoint + "/";
    }

    /** The {@code registration} UUID, {@code null} when absent and optional, or a problem. */
    static String registration(Map<String, String> params, boolean required, Problems problems) {
        String registration = params.get("registration");
        if (registration == null ? required : !Uuid.isValid(registration)) {
            problems.add("registration", registration == null ? "missing (a UUID)" : "must be a UUID");
        }
        return registration;
    }

    /** Parameter {@code name} as an absolute IRI, {@code null} when absent and optional, or a problem. */
    static String iri(Map<String, String> params, String name, boolean required, Problems problems) {
        String iri = params.get(name);
        if (iri == null ? required : !Iri.isAbsolute(iri)) {
            problems.add(name, iri == null ? "missing (an absolute IRI)" : "must be an absolute IRI");
        }
        return iri;
    }

    private static void add(Map<String, String> params, String pair) throws InvalidDocumentException {
        int eq = pair.indexOf('=');
        String name = eq < 0 ? pair : pair.substring(0, eq);
        try {
            params.put(FormEncoding.decode(name), eq < 0 ? "" : FormEncoding.decode(pair.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
            Problems problems = new Problems();
            problems.add(name, "is not URL-encoded properly: " + e.getMessage());
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
    }
}
