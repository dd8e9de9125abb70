package org.courseruntime.tracking;

import org.courseruntime.course.CourseDefinition;
import org.courseruntime.delivery.Delivery;
import org.courseruntime.port.Clock;
import org.courseruntime.port.RandomSource;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Uuid;

/**
 * Follows one learner's attempt at the course and decides which statements it produces. A statement the author
 * did not select is never made, but tracking runs the same either way.
 */
public final class Tracker {
    private final CourseDefinition course;
    private final PublishSettings settings;
    private final Delivery delivery;
    private final StatementFactory statements;
    private boolean started;

    public Tracker(CourseDefinition course, PublishSettings settings, Agent learner, Delivery delivery, Clock clock,
                   RandomSource random) {
        this.course = course;
        this.settings = settings;
        this.delivery = delivery;
        this.statements = new StatementFactory(course, settings, learner, Uuid.v4(random), clock, random);
    }

    /** The learner starts the course: begins the attempt and sends "started" once. Later calls do nothing. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        emit(StatementKind.STARTED);
    }

    public boolean isStarted() {
        return started;
    }

    private void emit(StatementKind kind) {
        if (settings.isSelected(kind)) {
            delivery.send(statements.make(kind, course.activity()));
        }
    }
}
