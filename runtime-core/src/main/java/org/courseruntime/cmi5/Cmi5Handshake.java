package org.courseruntime.cmi5;

import java.util.Map;
import java.util.function.Consumer;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.encoding.FormEncoding;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.lrs.Credentials;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.lrs.LrsReply;
import org.courseruntime.lrs.LrsSource;
import org.courseruntime.lrs.Retries;
import org.courseruntime.lrs.RuleBreach;
import org.courseruntime.lrs.Verdict;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpResponse;

/**
 * Sets up a cmi5 session before anything is sent (cmi5 sections 8.2, 10 and 11): one POST to the fetch URL for the
 * session's token (kept in the tab's session storage, so that a reload reuses it: the URL gives it only once), then
 * {@code LMS.LaunchData} from the State API and the learner's preferences from the Agent Profile API. Each request
 * goes up to {@value #TRIES} times through the {@link LrsClient}, as one network blip must not end the launch; the
 * fetch URL's POST only while it got no answer, as the LMS hands the token out once. Either {@link Listener#ready} or
 * {@link Listener#failed} is called, once.
 */
public final class Cmi5Handshake {
    /** The Agent Profile document of the learner's preferences. */
    static final String PREFERENCES = "cmi5LearnerPreferences";
    /** How many times a request of the handshake is made before the launch gives up (the preferences: goes on). */
    static final int TRIES = 3;

    /** Where the handshake ends. */
    public interface Listener {
        /** The session is set up; its statements and documents go through {@code lms}, with the session's token. */
        void ready(Cmi5Session session, LrsClient lms);

        /** The session cannot be set up: {@code problem} says why, in words for the learner and the author. */
        void failed(String problem);
    }

    private final Cmi5Parameters launch;
    private final Environment env;
    private final Listener listener;
    private final SessionRecord record;
    /** The LMS's LRS with the session's token, once it is known. */
    private LrsClient lms;

    private Cmi5Handshake(Cmi5Parameters launch, Environment env, Listener listener) {
        this.launch = launch;
        this.env = env;
        this.listener = listener;
        this.record = SessionRecord.load(env.sessionStore(), env.log(), launch.fetchUrl());
    }

    /** Starts the handshake for {@code launch}. */
    public static void begin(Cmi5Parameters launch, Environment env, Listener listener) {
        new Cmi5Handshake(launch, env, listener).fetchToken();
    }

    /**
     * Records that the session launched with {@code fetchUrl} sent "initialized" (made at {@code atMillis}): a reload
     * of it does not send it again.
     */
    public static void initialized(Environment env, String fetchUrl, long atMillis) {
        SessionRecord record = SessionRecord.load(env.sessionStore(), env.log(), fetchUrl);
        record.initializedAtMillis = atMillis;
        record.save();
    }

    /**
     * Records that the session launched with {@code fetchUrl} was terminated: a reload of it sends nothing more, and
     * its token, of no use any more, is forgotten.
     */
    public static void end(Environment env, String fetchUrl) {
        SessionRecord record = SessionRecord.load(env.sessionStore(), env.log(), fetchUrl);
        record.token = null;
        record.terminated = true;
        record.save();
    }

    private void fetchToken() {
        if (record.terminated) {
            listener.failed("This cmi5 session has ended. Open the course again from your learning platform");
        } else if (record.token != null) {
            readLaunchData();
        } else {
            // The fetch URL's POST carries no headers: it stays a CORS simple request, without a preflight.
            LrsClient fetch = new LrsClient(launch.fetchUrl(), LrsSource.CMI5_LAUNCH, env);
            fetch.send("POST", launch.fetchUrl(), null, Retries.unansweredUpTo(TRIES), endsLaunch("the fetch URL", response -> {
                Object token = jsonMember(response, "auth-token");
                if (!(token instanceof String text) || text.isEmpty()) {
                    String code = text(jsonMember(response, "error-code"));
                    listener.failed("The learning platform gave no access token (the fetch URL answered HTTP "
                            + response.status() + (code == null ? "" : ", error-code " + code + ": "
                            + text(jsonMember(response, "error-text"))) + "). Open the course again from your learning platform");
                    return;
                }
                record.token = text;
                record.save();
                readLaunchData();
            }));
        }
    }

    private void readLaunchData() {
        lms = LrsClient.xapi(launch.endpoint(), Credentials.ofAuthorizationHeader("Basic " + record.token),
                LrsSource.CMI5_LAUNCH, env);
        String url = launch.endpoint() + "activities/state?stateId=LMS.LaunchData&activityId="
                + FormEncoding.encode(launch.activityId()) + "&agent=" + agent()
                + "&registration=" + FormEncoding.encode(launch.registration());
        lms.send("GET", url, null, Retries.upTo(TRIES), endsLaunch("LMS.LaunchData", response -> {
            if (response.status() != 200) {
                RuleBreach breach = RuleBreach.of(response);
                listener.failed("The learning platform's LMS.LaunchData could not be read (HTTP " + response.status()
                        + (breach == null ? "" : ", " + breach) + ")");
                return;
            }
            try {
                LaunchData data = LaunchData.read(response.body());
                readPreferences(data);
            } catch (InvalidDocumentException e) {
                listener.failed("The learning platform's LMS.LaunchData is not valid: " + String.join("; ", e.problems()));
            }
        }));
    }

    /** The learner's preferences; a missing, refused or unreadable document means no preferences, never a failure. */
    private void readPreferences(LaunchData data) {
        String url = launch.endpoint() + "agents/profile?agent=" + agent() + "&profileId=" + PREFERENCES;
        lms.send("GET", url, null, Retries.upTo(TRIES), reply(response -> {
            if (response.status() != 200 && response.status() != 404) {
                env.log().warn("The learner's cmi5 preferences could not be read (HTTP " + response.status()
                        + "); going on without them");
            }
            Object preferences = response.status() == 200 ? json(response) : null;
            Map<?, ?> members = preferences instanceof Map<?, ?> map ? map : new OrderedMap<>();
            ready(data, text(members.get("languagePreference")), text(members.get("audioPreference")));
        }, reason -> {
            env.log().warn("The learner's cmi5 preferences could not be read (" + reason + "); going on without them");
            ready(data, null, null);
        }));
    }

    private void ready(LaunchData data, String language, String audio) {
        boolean resumed = record.initializedAtMillis != 0;
        listener.ready(new Cmi5Session(data, language, audio,
                resumed ? record.initializedAtMillis : env.clock().nowMillis(), resumed), lms);
    }

    private String agent() {
        return FormEncoding.encode(JsonWriter.write(launch.actor()));
    }

    /** A reply whose lack of an answer ends the handshake: {@code what} names the request for the learner. */
    private LrsReply endsLaunch(String what, Consumer<HttpResponse> onAnswer) {
        return reply(onAnswer, reason -> listener.failed("The learning platform did not answer (" + what + ": "
                + reason + "). Check the connection and open the course again from your learning platform"));
    }

    private static LrsReply reply(Consumer<HttpResponse> onAnswer, Consumer<String> onNoAnswer) {
        return new LrsReply() {
            @Override
            public void answered(HttpResponse response, int verdict) {
                onAnswer.accept(response);
            }

            @Override
            public void unanswered(String reason) {
                onNoAnswer.accept(reason);
            }
        };
    }

    private static Object jsonMember(HttpResponse response, String name) {
        return json(response) instanceof Map<?, ?> map ? map.get(name) : null;
    }

    private static Object json(HttpResponse response) {
        try {
            return JsonReader.parse(response.body() == null ? "" : response.body());
        } catch (JsonSyntaxException e) {
            return null;
        }
    }

    private static String text(Object value) {
        return value instanceof String text && !text.isEmpty() ? text : null;
    }
}
