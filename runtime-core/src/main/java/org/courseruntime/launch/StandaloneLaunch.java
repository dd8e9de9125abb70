package org.courseruntime.launch;

import org.courseruntime.course.CourseDefinition;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.lrs.LrsSource;
import org.courseruntime.port.Environment;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.statement.Agent;
import org.courseruntime.tracking.TrackingContext;

/** A course opened on its own: statements go to the author's LRS, about the learner the page knows or an anonymous one. */
final class StandaloneLaunch implements LaunchMode {
    @Override
    public CourseDefinition course(CourseDefinition definition) {
        return definition;
    }

    @Override
    public void connect(PublishSettings settings, Agent fromPage, Environment env, Connected connected) {
        LrsClient lrs = LrsClient.xapi(settings.endpoint(), settings.credentials(), LrsSource.PUBLISH_SETTINGS, env);
        connected.ready(lrs, LearnerIdentity.choose(null, fromPage, env.store(), env.random(), env.pageOrigin(),
                lrs.endpoint()), TrackingContext.STANDALONE);
    }
}
