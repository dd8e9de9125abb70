package org.courseruntime.launch;

import org.courseruntime.cmi5.Cmi5Handshake;
import org.courseruntime.cmi5.Cmi5Parameters;
import org.courseruntime.cmi5.Cmi5Rules;
import org.courseruntime.cmi5.Cmi5Session;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.port.Environment;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.statement.Duration;
import org.courseruntime.statement.Statement;
import org.courseruntime.tracking.Tracker;
import org.courseruntime.tracking.TrackingContext;

/**
 * A cmi5 launch: a handshake with the LMS first ({@link Cmi5Handshake}), then the attempt in a session that begins
 * with "initialized" and ends with "terminated", under cmi5's rules ({@link Cmi5Rules}).
 */
final class Cmi5Launch implements LaunchMode, Cmi5Handshake.Listener {
    private final Cmi5Parameters launch;
    private Environment env;
    private Connected connected;
    private Cmi5Session session;

    Cmi5Launch(Cmi5Parameters launch) {
        this.launch = launch;
    }

    /** The session once its handshake is done, or {@code null}. */
    Cmi5Session session() {
        return session;
    }

    @Override
    public CourseDefinition course(CourseDefinition definition) {
        return definition.withId(launch.activityId());
    }

    @Override
    public void connect(PublishSettings settings, Environment env, Connected connected) {
        this.env = env;
        this.connected = connected;
        Cmi5Handshake.begin(launch, env, this);
    }

    @Override
    public void ready(Cmi5Session ready, LrsClient lms) {
        session = ready;
        connected.ready(lms, launch.actor(), new TrackingContext(launch.registration(), TrackingContext.PLATFORM, null,
                new Cmi5Rules(ready)));
    }

    @Override
    public void failed(String problem) {
        connected.failed(problem);
    }

    /** A session's statements may only go with its own token: each session has its own outbox. */
    @Override
    public String outboxScope(String scope) {
        return scope + " " + session.launchData().sessionId();
    }

    /**
     * What earlier sessions left unconfirmed is owed again ({@link Cmi5Rules#oweWhatEarlierSessionsLeft}); a new
     * session (not a reload of this one) sends "initialized".
     */
    @Override
    public void opened(Tracking tracking) {
        Cmi5Rules.oweWhatEarlierSessionsLeft(tracking.delivery(), tracking.attempts(), tracking.scope(),
                tracking.registration());
        if (!session.resumed()) {
            tracking.delivery().sendAlone(Cmi5Rules.initialized(tracking.tracker()));
            Cmi5Handshake.initialized(env, launch.fetchUrl(), session.initializedAtMillis());
        }
    }

    /**
     * Nothing the learner does afterwards is sent or kept; the learner's attempt goes to the LMS's State API first
     * (the LMS takes no request after "terminated"), then "terminated" alone; once the LMS confirmed it the session
     * ends (a reload of the same launch sends nothing more) and {@code ended} runs. A second call does nothing.
     */
    @Override
    public void exit(Tracking tracking, Runnable ended) {
        Tracker tracker = tracking.tracker();
        if (tracker.isStopped()) {
            return;
        }
        Statement terminated = Cmi5Rules.terminated(tracker,
                Duration.format(env.clock().nowMillis() - session.initializedAtMillis()));
        tracker.stop();
        tracking.state().end(() -> {
            tracking.delivery().sendAlone(terminated);
            tracking.delivery().whenAllSent(() -> {
                Cmi5Handshake.end(env, launch.fetchUrl());
                ended.run();
            });
        });
    }

    @Override
    public String returnUrl() {
        return session == null ? null : session.launchData().returnUrl();
    }
}
