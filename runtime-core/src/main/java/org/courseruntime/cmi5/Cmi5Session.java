package org.courseruntime.cmi5;

/**
 * One cmi5 AU session once the handshake is done: what the LMS decided for it and what the learner prefers.
 *
 * @param launchData          the LMS's {@code LMS.LaunchData}
 * @param languagePreference  the learner's languages in order of preference ({@code en-US,fr-FR}), or {@code null}
 * @param audioPreference     {@code on} or {@code off}, or {@code null} when the learner has no preference
 * @param initializedAtMillis when the session's "initialized" was made (on the first page load of the session)
 * @param resumed             whether an earlier page load of this session already sent "initialized" (a reload)
 */
public record Cmi5Session(LaunchData launchData, String languagePreference, String audioPreference,
                          long initializedAtMillis, boolean resumed) {
}
