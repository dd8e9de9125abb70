package org.courseruntime.launch;

import org.courseruntime.course.CourseDefinition;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.lrs.LrsSource;
import org.courseruntime.port.Environment;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.tracking.TrackingContext;

/** A course opened on its own: statements go to the author's LRS, about the learner the page knows or an anonymous one. */
final class StandaloneLaunch implements LaunchMode {
    @Override
    public CourseDefinition course(CourseDefinition definition) {
        return definition;
    }

    @Override
    public void connect(PublishSettings settings, Environment env, Connected connected) {
        connected.ready(LrsClient.xapi(settings.endpoint(), settings.credentials(), LrsSource.PUBLISH_SETTINGS, env),
                null, TrackingContext.STANDALONE);
    }
}
