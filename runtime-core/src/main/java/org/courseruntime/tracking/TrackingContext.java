package org.courseruntime.tracking;

/**
 * What the launch decides about every statement's context.
 *
 * @param registration the registration an LMS gave at launch (kept across retakes: the LMS owns it), or {@code null}
 *                     to make a new one per attempt
 * @param platform     the platform reported in context
 * @param grouping     an activity id the LMS asked to add to every statement's grouping, or {@code null}
 * @param rules        the rules of the LMS that launched the course, {@link LmsRules#NONE} for none
 */
public record TrackingContext(String registration, String platform, String grouping, LmsRules rules) {
    /** The runtime's name, the default platform. */
    public static final String PLATFORM = "Course Runtime";

    /** A course opened on its own: a new registration per attempt, this runtime as platform. */
    public static final TrackingContext STANDALONE = new TrackingContext(null, PLATFORM, null, LmsRules.NONE);
}
