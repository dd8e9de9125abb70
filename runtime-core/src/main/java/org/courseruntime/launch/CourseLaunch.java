package org.courseruntime.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.courseruntime.cmi5.Cmi5Handshake;
import org.courseruntime.cmi5.Cmi5Parameters;
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
import org.courseruntime.lrs.LrsSource;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.PublishSettingsReader;
import org.courseruntime.publish.PublishStamp;
import org.courseruntime.statement.Agent;
import org.courseruntime.statement.Statement;
import org.courseruntime.statement.Uuid;
import org.courseruntime.tracking.AttemptStore;
import org.courseruntime.tracking.Outcome;
import org.courseruntime.tracking.Tracker;
import org.courseruntime.tracking.TrackingContext;

/**
 * Opens a published course in one of its three launch modes: standalone (the publish settings), a Tin Can launch
 * (the LMS's query string overrides them) or a cmi5 launch (a handshake with the LMS first). Once the course can be
 * tracked, the tracker is wired to delivery. Until then (the cmi5 handshake) the learner's actions wait, in order,
 * and are tracked when it is ready. When the course cannot be tracked, nothing is sent, one specific error is
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
    /** How a cmi5 defined statement's verb starts in its JSON. */
    private static final String DEFINED_VERB = "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/";
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
    private Cmi5Parameters cmi5;
    private Cmi5Session session;

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
        LaunchParameters tinCan = null;
        Cmi5Parameters cmi5 = null;
        try {
            Map<String, String> params = LaunchQuery.parse(launchQuery);
            if (params.containsKey("fetch")) { // cmi5 8.1: an AU's own query parameters may not use this name
                cmi5 = LaunchQuery.readCmi5(params);
            } else if (params.containsKey("endpoint")) {
                tinCan = LaunchParameters.read(params);
            }
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
        launch.cmi5 = cmi5; // so that an exit() while the texts are checked still ends the session
        Opening opening = new Opening(launch, courseJson, settingsJson, tinCan, fromPage);
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
        private final LaunchParameters tinCan;
        private final Agent fromPage;

        Opening(CourseLaunch launch, String courseJson, String settingsJson, LaunchParameters tinCan, Agent fromPage) {
            this.launch = launch;
            this.courseJson = courseJson;
            this.settingsJson = settingsJson;
            this.tinCan = tinCan;
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
            launch.begin(course, settings, tinCan, fromPage);
            return true;
        }
    }

    /** Opens the course in the mode the launch parameters say: standalone, Tin Can or cmi5. */
    private void begin(CourseDefinition definition, PublishSettings settings, LaunchParameters tinCan, Agent fromPage) {
        if (cmi5 != null) {
            course = definition.withId(cmi5.activityId());
            Cmi5Handshake.begin(cmi5, env, new Cmi5Handshake.Listener() {
                @Override
                public void ready(Cmi5Session session, LrsClient lms) {
                    CourseLaunch.this.session = session;
                    track(settings, lms, cmi5.actor(),
                            new TrackingContext(cmi5.registration(), TrackingContext.PLATFORM, null, session));
                }

                @Override
                public void failed(String problem) {
                    fail(problem);
                }
            });
            return;
        }
        course = tinCan == null || tinCan.activityId() == null ? definition : definition.withId(tinCan.activityId());
        TrackingContext context = tinCan == null ? TrackingContext.STANDALONE
                : new TrackingContext(tinCan.registration(), tinCan.platform() == null ? TrackingContext.PLATFORM
                        : tinCan.platform(), tinCan.grouping(), null);
        LrsClient lrs = tinCan == null
                ? LrsClient.xapi(settings.endpoint(), settings.credentials(), LrsSource.PUBLISH_SETTINGS, env)
                : LrsClient.xapi(tinCan.endpoint(), tinCan.credentials(), LrsSource.TIN_CAN_LAUNCH, env);
        track(settings, lrs, LearnerIdentity.choose(tinCan == null ? null : tinCan.actor(), fromPage, env.store(),
                env.random(), env.pageOrigin(), lrs.endpoint()), context);
    }

    /**
     * Wires delivery (statements left by an earlier page load go out at once), then, once the LRS's copy of the
     * learner's attempt is read (it resumes the attempt on another device), the tracker; under cmi5 the session
     * begins; the calls made while waiting run.
     */
    private void track(PublishSettings settings, LrsClient lrs, Agent learner, TrackingContext context) {
        String scope = course.id() + " " + learnerKey(learner);
        // Under cmi5 a session's statements may only go with its own token: each session has its own outbox.
        String deliveryScope = session == null ? scope : scope + " " + session.launchData().sessionId();
        delivery = new Delivery(lrs, env, deliveryScope, Uuid.v4(env.random()));
        delivery.addListener(changed -> publishStatus());
        String parameters = Form.of("activityId", course.id(), "agent", JsonWriter.write(learner),
                "stateId", ATTEMPT_STATE_ID) + (context.registration() == null ? ""
                : "&" + Form.of("registration", context.registration()));
        state = new StateSync(lrs, env, parameters, AttemptStore.keyOf(scope));
        attempts = new AttemptStore(env.store(), scope, state, env.timer(), env.log());
        String registration = context.registration();
        state.load(saved -> {
            attempts.adopt(saved, registration);
            if (session != null) {
                oweWhatEarlierSessionsLeft(scope, attempts, registration);
            }
            tracker = new Tracker(course, settings, learner, context, attempts, delivery, env.clock(), env.random());
            if (session != null && !session.resumed()) {
                tracker.initialize();
                Cmi5Handshake.initialized(env, cmi5.fetchUrl(), session.initializedAtMillis());
            }
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

    /**
     * A closed tab can end a cmi5 session before the LMS confirmed its statements, which no later session may send
     * with its own token: they are set aside, and the completed, passed or failed among them are owed again, so that
     * the next finish reports them in this session.
     */
    private void oweWhatEarlierSessionsLeft(String scope, AttemptStore attempts, String registration) {
        boolean completed = false;
        boolean judged = false;
        boolean passed = false;
        for (String json : delivery.takeOrphans(scope + " ", "its cmi5 session ended before the LMS confirmed it")) {
            completed |= json.contains(DEFINED_VERB + "completed\"");
            passed |= json.contains(DEFINED_VERB + "passed\"");
            judged |= passed || json.contains(DEFINED_VERB + "failed\"");
        }
        if (completed || judged) {
            attempts.owe(registration, completed, judged, passed);
        }
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
     * The learner leaves the course. Under cmi5 nothing the learner does afterwards is sent or kept; the learner's
     * attempt goes to the LMS's State API first (the LMS takes no request after "terminated"), then "terminated" is
     * sent; once the LMS confirmed it the session ends (a reload of the same launch sends nothing more) and
     * {@code ended} runs: the page should go to {@link #returnUrl()}. A second call does nothing. Elsewhere nothing
     * happens.
     */
    public void exit(Runnable ended) {
        if (cmi5 != null) {
            use(ready -> {
                Statement terminated = ready.terminate();
                if (terminated != null) {
                    state.end(() -> {
                        delivery.sendAlone(terminated);
                        whenAllConfirmed(() -> {
                            Cmi5Handshake.end(env, cmi5.fetchUrl());
                            ended.run();
                        });
                    });
                }
            });
        }
    }

    /**
     * Runs {@code then} once, when the outbox is empty: every statement confirmed or set aside. Until then the session
     * keeps its token, so that a reload still sends what is left.
     */
    private void whenAllConfirmed(Runnable then) {
        boolean[] done = {false};
        delivery.addListener(status -> {
            if (!done[0] && status.queued() == 0 && status.sending() == 0) {
                done[0] = true;
                then.run();
            }
        });
    }

    /** Where a cmi5 LMS wants the learner to go after {@link #exit}, or {@code null}. */
    public String returnUrl() {
        return session == null ? null : session.launchData().returnUrl();
    }

    /** The cmi5 session once its handshake is done, or {@code null} (not cmi5, or not ready yet). */
    public Cmi5Session cmi5Session() {
        return session;
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
