package org.courseruntime.tracking;

import java.util.ArrayList;
import java.util.List;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.Section;
import org.courseruntime.port.Clock;
import org.courseruntime.port.RandomSource;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.statement.Activity;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Context;
import org.courseruntime.statement.Result;
import org.courseruntime.statement.Statement;
import org.courseruntime.statement.Timestamp;
import org.courseruntime.statement.Uuid;

/**
 * Makes statements: a fresh UUID v4 id and the current timestamp on each, the learner as actor, the author's verb
 * for the kind, and a context with the attempt's registration, plus the section as parent and the course as grouping
 * for pages and questions, and whatever grouping and platform the launch asked for.
 */
final class StatementFactory {
    private final CourseDefinition course;
    private final PublishSettings settings;
    private final Agent learner;
    private final TrackingContext context;
    private final Clock clock;
    private final RandomSource random;

    StatementFactory(CourseDefinition course, PublishSettings settings, Agent learner, TrackingContext context,
                     Clock clock, RandomSource random) {
        this.course = course;
        this.settings = settings;
        this.learner = learner;
        this.context = context;
        this.clock = clock;
        this.random = random;
    }

    /** A statement about the course itself. */
    Statement aboutCourse(String registration, StatementKind kind, Result result) {
        return make(registration, kind, course.activity(), result, null);
    }

    /** A statement about a page or question of {@code section}. */
    Statement aboutPage(String registration, StatementKind kind, Activity page, Result result, Section section) {
        return make(registration, kind, page, result, section);
    }

    private Statement make(String registration, StatementKind kind, Activity object, Result result, Section section) {
        List<Activity> grouping = new ArrayList<>();
        if (section != null) {
            grouping.add(course.activity());
        }
        if (context.grouping() != null) {
            grouping.add(new Activity(context.grouping(), null, null));
        }
        return new Statement(Uuid.v4(random), Timestamp.format(clock.nowMillis()), learner, settings.verb(kind),
                object, result, new Context(registration, section == null ? null : section.activity(), grouping,
                        context.platform(), course.language()));
    }
}
