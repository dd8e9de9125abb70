package org.courseruntime.launch;

import org.courseruntime.course.CourseDefinition;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.lrs.LrsSource;
import org.courseruntime.port.Environment;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.tracking.LmsRules;
import org.courseruntime.tracking.TrackingContext;

/**
 * A Tin Can launch: the LMS's {@code endpoint}, {@code auth}, {@code actor} and {@code registration} replace the
 * publish settings' LRS and the learner; the author's choice of statements stays.
 */
final class TinCanLaunch implements LaunchMode {
    private final TinCanParameters launch;

    TinCanLaunch(TinCanParameters launch) {
        this.launch = launch;
    }

    @Override
    public CourseDefinition course(CourseDefinition definition) {
        return launch.activityId() == null ? definition : definition.withId(launch.activityId());
    }

    @Override
    public void connect(PublishSettings settings, Environment env, Connected connected) {
        connected.ready(LrsClient.xapi(launch.endpoint(), launch.credentials(), LrsSource.TIN_CAN_LAUNCH, env),
                launch.actor(), new TrackingContext(launch.registration(),
                        launch.platform() == null ? TrackingContext.PLATFORM : launch.platform(), launch.grouping(),
                        LmsRules.NONE));
    }
}
