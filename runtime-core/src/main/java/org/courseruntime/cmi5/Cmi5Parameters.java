package org.courseruntime.cmi5;

import org.courseruntime.statement.Agent;

/**
 * What a cmi5 LMS hands an Assignable Unit in its launch URL
 * ({@code index.html?endpoint=...&fetch=...&actor=...&registration=...&activityId=...}, cmi5 section 8.1). Unlike a
 * Tin Can launch there is no {@code auth}: the token comes from one POST to the {@code fetch} URL. Read from the
 * launch URL by {@code launch.LaunchQuery.readCmi5}.
 *
 * @param endpoint     the LMS's xAPI base URL, ending in {@code /}
 * @param fetchUrl     the one-time URL that hands out the session's authorization token
 * @param actor        the learner
 * @param registration the course registration every statement carries
 * @param activityId   the AU's activity id, the object of every cmi5 defined statement
 */
public record Cmi5Parameters(String endpoint, String fetchUrl, Agent actor, String registration, String activityId) {
}
