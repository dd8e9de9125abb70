package org.courseruntime.tracking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.Page;
import org.courseruntime.course.Section;
import org.courseruntime.json.JsonText;
import org.courseruntime.port.Clock;
import org.courseruntime.port.RandomSource;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.StatementKind;
import org.courseruntime.statement.Activity;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Context;
import org.courseruntime.statement.Result;
import org.courseruntime.statement.Statement;
import org.courseruntime.statement.Timestamp;
import org.courseruntime.statement.Uuid;
import org.courseruntime.statement.Verb;

/**
 * Makes statements: a fresh UUID v4 id and the current timestamp on each (a millisecond after the previous
 * statement's when the clock has not moved, as cmi5 orders statements by timestamp), the learner as actor, the
 * author's verb for the kind, and a context with the attempt's registration, plus the section as parent and the
 * course as grouping for pages and questions, and whatever grouping and platform the launch asked for.
 */
final class StatementFactory {
    private static final List<Activity> NO_CATEGORY = new ArrayList<>();
    static final Map<String, Object> NO_EXTENSIONS = new OrderedMap<>();

    private final CourseDefinition course;
    private final PublishSettings settings;
    private final Agent learner;
    private final TrackingContext context;
    private final Clock clock;
    private final RandomSource random;
    private final Activity courseActivity;
    private final JsonText courseObject;
    /**
     * Each page as a statement object, by id, written once: a question's carries its whole interaction definition,
     * which would otherwise be built and written again for every statement.
     */
    private final Map<String, JsonText> objects = new OrderedMap<>();
    /** Each section's activity, by id, as statements about its pages name their parent. */
    private final Map<String, Activity> sections = new OrderedMap<>();
    /** The last timestamp given: each statement gets a later one, so that their order survives sorting by time. */
    private long lastMillis;

    StatementFactory(CourseDefinition course, PublishSettings settings, Agent learner, TrackingContext context,
                     Clock clock, RandomSource random) {
        this.course = course;
        this.settings = settings;
        this.learner = learner;
        this.context = context;
        this.clock = clock;
        this.random = random;
        this.courseActivity = course.activity();
        this.courseObject = JsonText.of(courseActivity);
        for (Section section : course.sections()) {
            sections.put(section.id(), section.activity());
            for (Page page : section.pages()) {
                objects.put(page.id(), JsonText.of(page.activity()));
            }
        }
    }

    /** A statement about the course itself. */
    Statement aboutCourse(String registration, StatementKind kind, Result result) {
        return make(registration, settings.verb(kind), courseObject, result, null, NO_CATEGORY, NO_EXTENSIONS);
    }

    /** A statement about a page or question of {@code section}, with {@code extensions} in its context. */
    Statement aboutPage(String registration, StatementKind kind, Page page, Result result, Section section,
                        Map<String, Object> extensions) {
        return make(registration, settings.verb(kind), objects.get(page.id()), result, section, NO_CATEGORY, extensions);
    }

    /** A statement about the course with {@code verb}, in {@code category}, outside the author's statement kinds. */
    Statement aboutCourse(String registration, Verb verb, Result result, List<Activity> category,
                          Map<String, Object> extensions) {
        return make(registration, verb, courseObject, result, null, category, extensions);
    }

    private Statement make(String registration, Verb verb, JsonText object, Result result, Section section,
                           List<Activity> category, Map<String, Object> extensions) {
        List<Activity> grouping = new ArrayList<>();
        if (section != null) {
            grouping.add(courseActivity);
        }
        if (context.grouping() != null) {
            grouping.add(new Activity(context.grouping(), null, null));
        }
        Map<String, Object> template = context.rules().contextTemplate();
        lastMillis = Math.max(clock.nowMillis(), lastMillis + 1);
        return new Statement(Uuid.v4(random), Timestamp.format(lastMillis), learner, verb, object, result,
                new Context(registration, section == null ? null : sections.get(section.id()), grouping, category,
                        context.platform(), course.language(), extensions, template));
    }
}
