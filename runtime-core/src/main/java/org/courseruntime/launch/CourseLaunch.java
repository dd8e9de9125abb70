package org.courseruntime.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.courseruntime.cmi5.Cmi5Session;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.CourseDefinitionReader;
import org.courseruntime.delivery.Delivery;
import org.courseruntime.delivery.DeliveryState;
import org.courseruntime.delivery.DeliveryStatus;
import org.courseruntime.delivery.StateSync;
import org.courseruntime.encoding.Form;
import org.courseruntime.interaction.Answer;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.json.Problems;
import org.courseruntime.port.DocumentCheck;
import org.courseruntime.port.Environment;
import org.courseruntime.port.KeyValueStore;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.PublishSettingsReader;
import org.courseruntime.publish.PublishStamp;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Uuid;
import org.courseruntime.tracking.AttemptStore;
import org.courseruntime.tracking.Outcome;
import org.courseruntime.tracking.Tracker;
import org.courseruntime.tracking.TrackingContext;

/**
 * Opens a published course in the {@link LaunchMode} its launch URL asks for. Once the course can be tracked, the
 * tracker is wired to delivery. Until then (an LMS's handshake, the saved attempt read) the learner's actions wait,
 * in order, and are tracked when it is ready. When the course cannot be tracked, nothing is sent, one specific error is
 * logged for the author, and {@link #status()} carries a message the course can show the learner.
 */
public final class CourseLaunch {
    /** Where the learner a page handed in is remembered (their xAPI agent as JSON). */
    public static final String REMEMBERED_LEARNER_KEY = LearnerIdentity.STORE_KEY;

    /** The learner a page handed in on an earlier visit, as xAPI agent JSON, or {@code null} (none, or unreadable). */
    public static String rememberedLearner(KeyValueStore store) {
        Agent learner = LearnerIdentity.remembered(store);
        return learner == null ? null : JsonWriter.write(learner);
    }
    /** The State API document that holds the learner's attempt. */
    static final String ATTEMPT_STATE_ID = "courseruntime.attempt";
    /** Stamped texts the builders cannot take: from a publisher of another version than this runtime. */
    private static final String UNREADABLE = "This runtime cannot read the course's files (published for another version?)";
    private static final DeliveryStatus CONNECTING =
            new DeliveryStatus(DeliveryState.CONNECTING, 0, 0, 0, 0, false, null);

    private final Environment env;
    private CourseDefinition course;
    private final List<Consumer<Tracker>> waiting = new ArrayList<>();
    private final List<DeliveryStatus.Listener> listeners = new ArrayList<>();
    private Tracker tracker;
    private Delivery delivery;
    private StateSync state;
    private AttemptStore attempts;
    private DeliveryStatus failure;
    private LaunchMode mode;
    private Tracking tracking;

    private CourseLaunch(Environment env) {
        this.env = env;
    }

    /** Opens a standalone course (no launch parameters, no learner from the page, no stamp); never throws. */
    public static CourseLaunch open(String courseJson, String settingsJson, Environment env) {
        return open(courseJson, settingsJson, null, null, null, env);
    }

    /**
     * Opens the course described by {@code courseJson} with {@code settingsJson}; never throws. The texts are used as
     * they are when {@code stamp} vouches for them, and checked first otherwise ({@link Environment#check()}: in the
     * browser once {@code course-check.js} is loaded, so the course opens a moment later).
     *
     * @param stamp       the publisher's stamp of the two texts ({@link PublishStamp}), or {@code null}
     * @param launchQuery the page URL's query string: an LMS's Tin Can or cmi5 launch parameters
     * @param pageActor   the learner as xAPI JSON from the page's own form, or {@code null}
     */
    public static CourseLaunch open(String courseJson, String settingsJson, String stamp, String launchQuery,
                                    String pageActor, Environment env) {
        CourseLaunch launch = new CourseLaunch(env);
        Agent fromPage = null;
        try {
            launch.mode = LaunchMode.of(LaunchQuery.parse(launchQuery)); // so that an exit() while checking still counts
            if (pageActor != null) {
                Problems problems = new Problems();
                fromPage = LaunchActor.read(pageActor, problems);
                if (!problems.isEmpty()) {
                    throw new InvalidDocumentException("learner given by the page", problems);
                }
            }
        } catch (InvalidDocumentException e) {
            launch.fail(e.getMessage() + ". Please tell the course author");
            return launch;
        }
        Opening opening = new Opening(launch, courseJson, settingsJson, fromPage);
        if (InvalidDocumentException.isMissing(courseJson) || InvalidDocumentException.isMissing(settingsJson)) {
            opening.checked(missing(courseJson), missing(settingsJson)); // nothing to check: a file did not load
            return launch;
        }
        String whyNot = PublishStamp.whyNotVouched(stamp, courseJson, settingsJson);
        if (whyNot == null && opening.opened()) {
            return launch;
        }
        if (whyNot == null) {
            whyNot = UNREADABLE;
        }
        if (!whyNot.isEmpty()) {
            env.log().warn(whyNot + ". course.json and publish-settings.json are checked in the browser"
                    + " (course-check.js) before the course opens.");
        }
        env.check().check(courseJson, settingsJson, opening);
        return launch;
    }

    private static List<String> missing(String text) {
        List<String> problems = new ArrayList<>();
        if (InvalidDocumentException.isMissing(text)) {
            problems.add(InvalidDocumentException.MISSING);
        }
        return problems;
    }

    /** A launch whose parameters were read, waiting for the word that the author's texts are right. */
    private static final class Opening implements DocumentCheck.Result {
        private final CourseLaunch launch;
        private final String courseJson;
        private final String settingsJson;
        private final Agent fromPage;

        Opening(CourseLaunch launch, String courseJson, String settingsJson, Agent fromPage) {
            this.launch = launch;
            this.courseJson = courseJson;
            this.settingsJson = settingsJson;
            this.fromPage = fromPage;
        }

        @Override
        public void checked(List<String> courseProblems, List<String> settingsProblems) {
            List<String> messages = new ArrayList<>();
            if (!courseProblems.isEmpty()) {
                messages.add(InvalidDocumentException.message(CourseDefinitionReader.DOCUMENT, courseProblems));
            }
            if (!settingsProblems.isEmpty()) {
                messages.add(InvalidDocumentException.message(PublishSettingsReader.DOCUMENT, settingsProblems));
            }
            if (!messages.isEmpty()) {
                launch.fail(String.join(". ", messages) + ". Please tell the course author");
            } else if (!opened()) {
                launch.fail(UNREADABLE + ". Please tell the course author");
            }
        }

        @Override
        public void unavailable(String why) {
            launch.fail("The course's files could not be checked: " + why + ". Please tell the course author");
        }

        /** Builds the course from the texts and opens it; false when they are not what the builders take. */
        boolean opened() {
            CourseDefinition course;
            PublishSettings settings;
            try {
                course = CourseDefinitionReader.fromChecked(JsonReader.parse(InvalidDocumentException.withoutByteOrderMark(courseJson)));
                settings = PublishSettingsReader.fromChecked(JsonReader.parse(InvalidDocumentException.withoutByteOrderMark(settingsJson)));
            } catch (JsonSyntaxException | RuntimeException e) {
                // Texts a stamp vouches for that the builders cannot take: a runtime and a publisher of other versions.
                return false;
            }
            launch.begin(course, settings, fromPage);
            return true;
        }
    }

    /** Opens the course in its launch mode, which finds out where statements go and for whom. */
    private void begin(CourseDefinition definition, PublishSettings settings, Agent fromPage) {
        course = mode.course(definition);
        mode.connect(settings, env, new LaunchMode.Connected() {
            @Override
            public void ready(LrsClient lrs, Agent launchActor, TrackingContext context) {
                track(settings, lrs, LearnerIdentity.choose(launchActor, fromPage, env.store(), env.random(),
                        env.pageOrigin(), lrs.endpoint()), context);
            }

            @Override
            public void failed(String problem) {
                fail(problem);
            }
        });
    }

    /**
     * Wires delivery (statements left by an earlier page load go out at once), then, once the LRS's copy of the
     * learner's attempt is read (it resumes the attempt on another device), the tracker; the launch mode's session
     * begins; the calls made while waiting run.
     */
    private void track(PublishSettings settings, LrsClient lrs, Agent learner, TrackingContext context) {
        String scope = course.id() + " " + learnerKey(learner);
        delivery = new Delivery(lrs, env, mode.outboxScope(scope), Uuid.v4(env.random()));
        delivery.addListener(changed -> publishStatus());
        String parameters = Form.of("activityId", course.id(), "agent", JsonWriter.write(learner),
                "stateId", ATTEMPT_STATE_ID) + (context.registration() == null ? ""
                : "&" + Form.of("registration", context.registration()));
        state = new StateSync(lrs, env, parameters, AttemptStore.keyOf(scope));
        attempts = new AttemptStore(env.store(), scope, state, env.timer(), env.log());
        String registration = context.registration();
        state.load(saved -> {
            attempts.adopt(saved, registration);
            Tracker ready = new Tracker(course, settings, learner, context, attempts, delivery, env.clock(), env.random());
            tracking = new Tracking(ready, delivery, state, attempts, scope, registration);
            mode.opened(tracking); // before the launch is ready: the page's first call must follow what opens a session
            tracker = ready;
            for (Consumer<Tracker> call : waiting) {
                try {
                    call.accept(tracker);
                } catch (RuntimeException e) {
                    env.log().error("A call made while the course was opening failed: " + e.getMessage());
                }
            }
            waiting.clear();
            publishStatus();
        }, saved -> attempts.mayReplace(saved, registration));
    }

    /** The page is being hidden or closed: the attempt is written, and what is unsent goes out in beacons. */
    public void pageHidden() {
        if (delivery != null) {
            attempts.flush(); // before the State API's beacon, which sends the written copy
            delivery.pageHidden();
            state.pageHidden();
        }
    }

    private void fail(String problem) {
        String message = "Your results cannot be recorded. " + problem + ".";
        env.log().error(message);
        failure = new DeliveryStatus(DeliveryState.MISCONFIGURED, 0, 0, 0, 0, false, message);
        waiting.clear();
        publishStatus();
    }

    /** The learner's identifier, which keeps the statements of two learners of one browser apart. */
    private static String learnerKey(Agent learner) {
        return learner.mbox() != null ? learner.mbox() : learner.account().homePage() + " " + learner.account().name();
    }

    /** Runs {@code call} on the tracker now, or once the launch is ready; never when the course cannot be tracked. */
    public void use(Consumer<Tracker> call) {
        if (tracker != null) {
            call.accept(tracker);
        } else if (failure == null) {
            waiting.add(call);
        }
    }

    /**
     * The learner answers question {@code pageId}: judged at once (not while the course's texts are being checked:
     * then {@code null}), tracked now or once the launch is ready.
     *
     * @throws IllegalArgumentException when there is no such question or the response does not fit it
     */
    public Answer answer(String pageId, Object response) {
        if (tracker != null) {
            return tracker.answer(pageId, response);
        }
        Answer answer = failure != null || course == null ? null : Tracker.judge(course, pageId, response);
        use(ready -> ready.answer(pageId, response));
        return answer;
    }

    /** The learner finishes: the outcome, or {@code null} while the launch is not ready (it is judged then). */
    public Outcome finish() {
        if (tracker != null) {
            return tracker.finish();
        }
        use(Tracker::finish);
        return null;
    }

    /**
     * The learner leaves the course: a session the launch mode runs around the attempt ends (cmi5: nothing the
     * learner does afterwards is sent or kept, "terminated" goes last), then {@code ended} runs, and the page should
     * go to {@link #returnUrl()}. A second call does nothing. Where there is no session nothing happens.
     */
    public void exit(Runnable ended) {
        use(ready -> mode.exit(tracking, ended));
    }

    /** Where the LMS wants the learner to go after {@link #exit}, or {@code null}. */
    public String returnUrl() {
        return mode == null ? null : mode.returnUrl();
    }

    /** The cmi5 session once its handshake is done, or {@code null} (not cmi5, or not ready yet). */
    public Cmi5Session cmi5Session() {
        return mode instanceof Cmi5Launch cmi5 ? cmi5.session() : null;
    }

    /** Calls {@code listener} on every change of {@link #status()}, including the end of a cmi5 handshake. */
    public void addListener(DeliveryStatus.Listener listener) {
        listeners.add(listener);
    }

    /** The tracker, or {@code null} when the course cannot be tracked or the launch is not ready. */
    public Tracker tracker() {
        return tracker;
    }

    /** Delivery, or {@code null} when the course cannot be tracked or the launch is not ready. */
    public Delivery delivery() {
        return delivery;
    }

    /** The tracking status; {@code connecting} until the launch is ready (cmi5 session, the saved attempt read). */
    public DeliveryStatus status() {
        return tracker != null ? delivery.status() : failure != null ? failure : CONNECTING;
    }

    private void publishStatus() {
        for (DeliveryStatus.Listener listener : listeners) {
            listener.onStatus(status());
        }
    }
}
