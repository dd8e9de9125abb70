package org.courseruntime.launch;

import java.util.Map;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.Problems;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Iri;

/**
 * What a cmi5 LMS hands an Assignable Unit in its launch URL
 * ({@code index.html?endpoint=...&fetch=...&actor=...&registration=...&activityId=...}, cmi5 section 8.1). Unlike a
 * Tin Can launch there is no {@code auth}: the token comes from one POST to the {@code fetch} URL.
 *
 * @param endpoint     the LMS's xAPI base URL, ending in {@code /}
 * @param fetchUrl     the one-time URL that hands out the session's authorization token
 * @param actor        the learner
 * @param registration the course registration every statement carries
 * @param activityId   the AU's activity id, the object of every cmi5 defined statement
 */
public record Cmi5Parameters(String endpoint, String fetchUrl, Agent actor, String registration, String activityId) {
    /**
     * The cmi5 launch in {@code params} (a launch URL's {@link LaunchQuery}, holding {@code fetch}).
     *
     * @throws InvalidDocumentException listing every missing or malformed parameter
     */
    public static Cmi5Parameters read(Map<String, String> params) throws InvalidDocumentException {
        Problems problems = new Problems();
        String endpoint = LaunchQuery.endpoint(params, problems);
        String fetch = params.get("fetch");
        if (!Iri.isHttpUrl(fetch)) {
            problems.add("fetch", "must be an http:// or https:// URL (where the LMS hands out the session's token)");
        }
        Agent actor = LaunchActor.read(params.get("actor"), problems);
        String registration = LaunchQuery.registration(params, true, problems);
        String activityId = LaunchQuery.iri(params, "activityId", true, problems);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(LaunchQuery.DOCUMENT, problems);
        }
        return new Cmi5Parameters(endpoint, fetch, actor, registration, activityId);
    }
}
