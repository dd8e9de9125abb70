package org.courseruntime.launch;

import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.CourseDefinitionReader;
import org.courseruntime.delivery.Delivery;
import org.courseruntime.delivery.DeliveryState;
import org.courseruntime.delivery.DeliveryStatus;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.Problems;
import org.courseruntime.port.Environment;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.PublishSettingsReader;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Uuid;
import org.courseruntime.tracking.AttemptStore;
import org.courseruntime.tracking.Tracker;
import org.courseruntime.tracking.TrackingContext;

/**
 * Opens a published course: reads its definition and publish settings and, when both are usable, wires the
 * tracker to delivery. When either is not, nothing is tracked or sent, one specific error is logged for the
 * author, and {@link #status()} carries a message the course can show the learner.
 */
public final class CourseLaunch {
    /** Where the learner a page handed in is remembered (their xAPI agent as JSON). */
    public static final String REMEMBERED_LEARNER_KEY = LearnerIdentity.STORE_KEY;

    private final Tracker tracker;
    private final Delivery delivery;
    private final DeliveryStatus failure;

    private CourseLaunch(Tracker tracker, Delivery delivery, DeliveryStatus failure) {
        this.tracker = tracker;
        this.delivery = delivery;
        this.failure = failure;
    }

    /** Opens a standalone course (no launch parameters, no learner from the page); never throws. */
    public static CourseLaunch open(String courseJson, String settingsJson, Environment env) {
        return open(courseJson, settingsJson, null, null, env);
    }

    /**
     * Opens the course described by {@code courseJson} with {@code settingsJson}; never throws.
     *
     * @param launchQuery the page URL's query string: an LMS's Tin Can launch parameters override the settings
     * @param pageActor   the learner as xAPI JSON from the page's own form, or {@code null}
     */
    public static CourseLaunch open(String courseJson, String settingsJson, String launchQuery, String pageActor,
                                    Environment env) {
        CourseDefinition course;
        PublishSettings settings;
        LaunchParameters launch;
        Agent fromPage = null;
        try {
            course = CourseDefinitionReader.read(courseJson);
            settings = PublishSettingsReader.read(settingsJson);
            launch = LaunchParameters.read(launchQuery);
            if (pageActor != null) {
                Problems problems = new Problems();
                fromPage = LaunchActor.read(pageActor, problems);
                if (!problems.isEmpty()) {
                    throw new InvalidDocumentException("learner given by the page", problems);
                }
            }
        } catch (InvalidDocumentException e) {
            String message = "Your results cannot be recorded. " + e.getMessage()
                    + ". Please tell the course author.";
            env.log().error(message);
            return new CourseLaunch(null, null,
                    new DeliveryStatus(DeliveryState.MISCONFIGURED, 0, 0, 0, 0, false, message));
        }
        TrackingContext context = TrackingContext.STANDALONE;
        if (launch != null) {
            settings = settings.withLrs(launch.endpoint(), launch.credentials());
            course = launch.activityId() == null ? course : course.withId(launch.activityId());
            context = new TrackingContext(launch.registration(),
                    launch.platform() == null ? TrackingContext.PLATFORM : launch.platform(), launch.grouping());
        }
        Agent learner = LearnerIdentity.choose(launch, fromPage, env.store(), env.random(), env.pageOrigin(),
                settings.endpoint());
        String scope = course.id() + " " + learnerKey(learner);
        Delivery delivery = new Delivery(settings, env, scope, Uuid.v4(env.random()));
        Tracker tracker = new Tracker(course, settings, learner, context, new AttemptStore(env.store(), scope), delivery,
                env.clock(), env.random());
        return new CourseLaunch(tracker, delivery, null);
    }

    /** The learner's identifier, which keeps the statements of two learners of one browser apart. */
    private static String learnerKey(Agent learner) {
        return learner.mbox() != null ? learner.mbox() : learner.account().homePage() + " " + learner.account().name();
    }

    /** Whether the course can be tracked; when false, {@link #status()} says why. */
    public boolean isTracking() {
        return tracker != null;
    }

    /** The tracker, or {@code null} when the course cannot be tracked. */
    public Tracker tracker() {
        return tracker;
    }

    /** Delivery, or {@code null} when the course cannot be tracked. */
    public Delivery delivery() {
        return delivery;
    }

    public DeliveryStatus status() {
        return delivery != null ? delivery.status() : failure;
    }
}
