package org.courseruntime.cmi5;

import java.util.Map;
import java.util.function.Consumer;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.delivery.RetryPolicy;
import org.courseruntime.delivery.RuleBreach;
import org.courseruntime.delivery.XapiHeaders;
import org.courseruntime.encoding.FormEncoding;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.port.Environment;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.courseruntime.port.HttpResponse;
import org.courseruntime.publish.Credentials;

/**
 * Sets up a cmi5 session before anything is sent (cmi5 sections 8.2, 10 and 11): one POST to the fetch URL for the
 * session's token (kept in the tab's session storage, so that a reload reuses it: the URL gives it only once), then
 * {@code LMS.LaunchData} from the State API and the learner's preferences from the Agent Profile API. Either
 * {@link Listener#ready} or {@link Listener#failed} is called, once.
 */
public final class Cmi5Handshake {
    /** The Agent Profile document of the learner's preferences. */
    static final String PREFERENCES = "cmi5LearnerPreferences";
    /** How many times a request of the handshake is made before the launch gives up (the preferences: goes on). */
    static final int TRIES = 3;

    /** Where the handshake ends. */
    public interface Listener {
        /** The session is set up; statements go to the endpoint with {@code credentials}. */
        void ready(Cmi5Session session, Credentials credentials);

        /** The session cannot be set up: {@code problem} says why, in words for the learner and the author. */
        void failed(String problem);
    }

    private final Cmi5Parameters launch;
    private final Environment env;
    private final Listener listener;
    private final SessionRecord record;
    private Credentials credentials;

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
            send("POST", launch.fetchUrl(), "the fetch URL", response -> {
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
            });
        }
    }

    private void readLaunchData() {
        credentials = Credentials.ofAuthorizationHeader("Basic " + record.token);
        String url = launch.endpoint() + "activities/state?stateId=LMS.LaunchData&activityId="
                + FormEncoding.encode(launch.activityId()) + "&agent=" + agent()
                + "&registration=" + FormEncoding.encode(launch.registration());
        send("GET", url, "LMS.LaunchData", response -> {
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
        });
    }

    /** The learner's preferences; a missing, refused or unreadable document means no preferences, never a failure. */
    private void readPreferences(LaunchData data) {
        String url = launch.endpoint() + "agents/profile?agent=" + agent() + "&profileId=" + PREFERENCES;
        send("GET", url, response -> {
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
        });
    }

    private void ready(LaunchData data, String language, String audio) {
        boolean resumed = record.initializedAtMillis != 0;
        listener.ready(new Cmi5Session(data, language, audio,
                resumed ? record.initializedAtMillis : env.clock().nowMillis(), resumed), credentials);
    }

    private String agent() {
        return FormEncoding.encode(JsonWriter.write(launch.actor()));
    }

    /** Sends a request whose lack of an answer ends the handshake: {@code what} names it for the learner. */
    private void send(String method, String url, String what, Consumer<HttpResponse> onAnswer) {
        send(method, url, onAnswer, reason -> listener.failed("The learning platform did not answer (" + what + ": "
                + reason + "). Check the connection and open the course again from your learning platform"));
    }

    private void send(String method, String url, Consumer<HttpResponse> onAnswer, Consumer<String> onNoAnswer) {
        send(method, url, onAnswer, onNoAnswer, 1);
    }

    /**
     * Sends the handshake's {@code tries}th request to {@code url}. No answer, and for a read a passing failure (5xx,
     * 408, 429), is tried again, {@value #TRIES} times in all, as one network blip must not end the launch. The fetch
     * URL's POST is tried again only when it got no answer: the LMS hands the token out once.
     */
    private void send(String method, String url, Consumer<HttpResponse> onAnswer, Consumer<String> onNoAnswer,
                      int tries) {
        // The fetch URL's POST carries no headers: it stays a CORS simple request, without a preflight.
        Map<String, String> headers = credentials == null ? new OrderedMap<>() : XapiHeaders.of(credentials, false);
        Runnable again = () -> send(method, url, onAnswer, onNoAnswer, tries + 1);
        env.http().send(new HttpRequest(method, url, headers, null), new HttpClient.Callback() {
            @Override
            public void onResponse(HttpResponse response) {
                int status = response.status();
                if (tries < TRIES && method.equals("GET") && (status >= 500 || status == 408 || status == 429)) {
                    later(tries, again);
                } else {
                    onAnswer.accept(response);
                }
            }

            @Override
            public void onNetworkError(String reason) {
                if (tries < TRIES) {
                    later(tries, again);
                } else {
                    onNoAnswer.accept(reason);
                }
            }
        });
    }

    private void later(int failures, Runnable task) {
        env.timer().schedule(RetryPolicy.delayMillis(failures, -1, RetryPolicy.uniform(env.random())), task);
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
