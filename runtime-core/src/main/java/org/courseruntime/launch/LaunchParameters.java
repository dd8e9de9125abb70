package org.courseruntime.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseruntime.encoding.FormEncoding;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.Problems;
import org.courseruntime.publish.Credentials;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Iri;
import org.courseruntime.statement.Uuid;

/**
 * What an LMS or LRS hands the course in its URL when it launches it the Tin Can / xAPI way
 * ({@code index.html?endpoint=...&auth=...&actor=...&registration=...&activity_id=...}). These override the baked-in
 * publish settings: the statements go to that LRS, with that authorization, for that learner and registration.
 *
 * @param endpoint     the LRS's xAPI base URL, ending in {@code /}
 * @param credentials  the {@code auth} value, used as the Authorization header
 * @param actor        the learner
 * @param registration the registration every statement carries, or {@code null}
 * @param activityId   the course activity id the LMS knows the course by, or {@code null}
 * @param grouping     an activity to add to every statement's grouping, or {@code null}
 * @param platform     the platform to report, or {@code null}
 */
public record LaunchParameters(String endpoint, Credentials credentials, Agent actor, String registration,
                               String activityId, String grouping, String platform) {
    static final String DOCUMENT = "launch parameters";

    /**
     * The Tin Can launch in {@code query} (a URL's query string, with or without the leading {@code ?}), or
     * {@code null} when the page was opened without one (a standalone course).
     *
     * @throws InvalidDocumentException listing every missing or malformed parameter
     */
    public static LaunchParameters read(String query) throws InvalidDocumentException {
        Map<String, String> params = parse(query);
        if (!params.containsKey("endpoint")) {
            return null;
        }
        Problems problems = new Problems();
        if (params.containsKey("fetch")) {
            problems.add("fetch", "cmi5 launches are not supported yet: import the course as a Tin Can package");
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        String endpoint = params.get("endpoint");
        if (!Iri.isHttpUrl(endpoint)) {
            problems.add("endpoint", "must be an http:// or https:// URL");
        }
        String auth = params.get("auth");
        if (auth == null || auth.isEmpty()) {
            problems.add("auth", "missing (the Authorization value for the LRS)");
        }
        Agent actor = LaunchActor.read(params.get("actor"), problems);
        String registration = params.get("registration");
        if (registration != null && !Uuid.isValid(registration)) {
            problems.add("registration", "must be a UUID");
        }
        String activityId = params.get("activity_id");
        if (activityId != null && !Iri.isAbsolute(activityId)) {
            problems.add("activity_id", "must be an absolute IRI");
        }
        String grouping = params.get("grouping");
        if (grouping != null && !Iri.isAbsolute(grouping)) {
            problems.add("grouping", "must be an absolute IRI");
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        return new LaunchParameters(endpoint.endsWith("/") ? endpoint : endpoint + "/",
                Credentials.ofAuthorizationHeader(auth), actor, registration,
                activityId, grouping, params.get("activity_platform"));
    }

    private static Map<String, String> parse(String query) throws InvalidDocumentException {
        Map<String, String> params = new LinkedHashMap<>();
        String text = query == null ? "" : query.startsWith("?") ? query.substring(1) : query;
        for (String pair : split(text)) {
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
        return params;
    }

    private static List<String> split(String text) {
        List<String> pairs = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '&') {
                if (i > start) {
                    pairs.add(text.substring(start, i));
                }
                start = i + 1;
            }
        }
        return pairs;
    }
}
