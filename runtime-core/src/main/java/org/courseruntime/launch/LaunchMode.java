package org.courseruntime.launch;

import java.util.Map;
import org.courseruntime.course.CourseDefinition;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.port.Environment;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.statement.Agent;
import org.courseruntime.tracking.TrackingContext;

/**
 * How the course was opened, which decides where its statements go, for whom, and what a session around the
 * attempt asks: standalone with the publish settings, by an LMS the Tin Can way, or as a cmi5 AU. {@link #of} chooses
 * one from the launch URL; {@link CourseLaunch} runs whichever it is.
 */
interface LaunchMode {
    /**
     * The launch mode the launch URL's {@code params} ask for: the one place a mode is chosen.
     *
     * @throws InvalidDocumentException listing every missing or malformed parameter of that mode
     */
    static LaunchMode of(Map<String, String> params) throws InvalidDocumentException {
        if (params.containsKey("fetch")) { // cmi5 8.1: an AU's own query parameters may not use this name
            return new Cmi5Launch(LaunchQuery.readCmi5(params));
        }
        if (params.containsKey("endpoint")) {
            return new TinCanLaunch(TinCanParameters.read(params));
        }
        return new StandaloneLaunch();
    }

    /** The course as this launch names it: an LMS may give its own activity id. */
    CourseDefinition course(CourseDefinition definition);

    /** Finds out where statements go and for whom (an LMS may first have to be asked), then tells {@code connected} once. */
    void connect(PublishSettings settings, Environment env, Connected connected);

    /** Where {@link #connect} ends. */
    interface Connected {
        /**
         * Statements and documents go through {@code lrs}, in {@code context}, about the learner the LMS named
         * ({@code launchActor}), or when it is {@code null} the one the page knows or an anonymous one.
         */
        void ready(LrsClient lrs, Agent launchActor, TrackingContext context);

        /** The course cannot be tracked: {@code problem} says why, in words for the learner and the author. */
        void failed(String problem);
    }

    /** Where the statements of {@code scope} (a course and learner) wait to be sent: a session may need its own. */
    default String outboxScope(String scope) {
        return scope;
    }

    /** The learner's attempt is read and the tracker ready: a session around it begins. */
    default void opened(Tracking tracking) {
    }

    /**
     * The learner leaves the course: a session around it ends, and {@code ended} runs once it did (the page may then
     * go to {@link #returnUrl()}). Nothing happens where there is no session.
     */
    default void exit(Tracking tracking, Runnable ended) {
    }

    /** Where the LMS wants the learner to go after {@link #exit}, or {@code null}. */
    default String returnUrl() {
        return null;
    }
}
