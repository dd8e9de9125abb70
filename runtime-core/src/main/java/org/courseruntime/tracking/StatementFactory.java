package org.courseruntime.tracking;

import org.courseruntime.course.CourseDefinition;
import org.courseruntime.port.Clock;
import org.courseruntime.port.RandomSource;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.statement.Activity;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Context;
import org.courseruntime.statement.Statement;
import org.courseruntime.statement.Timestamp;
import org.courseruntime.statement.Uuid;

/**
 * Makes the statements of one attempt: a fresh UUID v4 id and the current timestamp on each, the learner as
 * actor, the author's verb for the kind, and a context with the attempt's registration and the course as grouping.
 */
final class StatementFactory {
    static final String PLATFORM = "Course Runtime";

    private final CourseDefinition course;
    private final PublishSettings settings;
    private final Agent learner;
    private final String registration;
    private final Clock clock;
    private final RandomSource random;

    StatementFactory(CourseDefinition course, PublishSettings settings, Agent learner, String registration,
                     Clock clock, RandomSource random) {
        this.course = course;
        this.settings = settings;
        this.learner = learner;
        this.registration = registration;
        this.clock = clock;
        this.random = random;
    }

    Statement make(StatementKind kind, Activity object) {
        Context context = new Context(registration, course.activity(), PLATFORM, course.language());
        return new Statement(Uuid.v4(random), Timestamp.format(clock.nowMillis()), learner, settings.verb(kind),
                object, context);
    }
}
