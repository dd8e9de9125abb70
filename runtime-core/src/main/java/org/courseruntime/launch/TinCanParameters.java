package org.courseruntime.launch;

import java.util.Map;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.Problems;
import org.courseruntime.lrs.Credentials;
import org.courseruntime.statement.Agent;

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
public record TinCanParameters(String endpoint, Credentials credentials, Agent actor, String registration,
                               String activityId, String grouping, String platform) {
    /**
     * The Tin Can launch in {@code params} (a launch URL's {@link LaunchQuery}, holding {@code endpoint} and no cmi5
     * {@code fetch}).
     *
     * @throws InvalidDocumentException listing every missing or malformed parameter
     */
    public static TinCanParameters read(Map<String, String> params) throws InvalidDocumentException {
        Problems problems = new Problems();
        String endpoint = LaunchQuery.endpoint(params, problems);
        String auth = params.get("auth");
        if (auth == null || auth.isEmpty()) {
            problems.add("auth", "missing (the Authorization value for the LRS)");
        }
        Agent actor = LaunchActor.read(params.get("actor"), problems);
        String registration = LaunchQuery.registration(params, false, problems);
        String activityId = LaunchQuery.iri(params, "activity_id", false, problems);
        String grouping = LaunchQuery.iri(params, "grouping", false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(LaunchQuery.DOCUMENT, problems);
        }
        return new TinCanParameters(endpoint, Credentials.ofAuthorizationHeader(auth), actor, registration,
                activityId, grouping, params.get("activity_platform"));
    }
}
