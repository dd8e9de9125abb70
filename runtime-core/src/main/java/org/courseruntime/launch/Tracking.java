package org.courseruntime.launch;

import org.courseruntime.delivery.Delivery;
import org.courseruntime.delivery.StateSync;
import org.courseruntime.tracking.AttemptStore;
import org.courseruntime.tracking.Tracker;

/**
 * What a launch wired to track the learner, as a {@link LaunchMode} gets it to run a session around the attempt.
 *
 * @param scope        the course and learner the outbox and attempt belong to
 * @param registration the LMS's registration, or {@code null}
 */
record Tracking(Tracker tracker, Delivery delivery, StateSync state, AttemptStore attempts, String scope,
                String registration) {
}
