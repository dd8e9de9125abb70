package org.courseruntime.launch;

import org.courseruntime.course.CourseDefinition;
import org.courseruntime.lrs.LrsClient;
import org.courseruntime.lrs.LrsSource;
import org.courseruntime.port.Environment;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.statement.Agent;
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
    public void connect(PublishSettings settings, Agent fromPage, Environment env, Connected connected) {
        LrsClient lrs = LrsClient.xapi(launch.endpoint(), launch.credentials(), LrsSource.TIN_CAN_LAUNCH, env);
        connected.ready(lrs, LearnerIdentity.choose(launch.actor(), fromPage, env.store(), env.random(),
                env.pageOrigin(), lrs.endpoint()), new TrackingContext(launch.registration(),
                launch.platform() == null ? TrackingContext.PLATFORM : launch.platform(), launch.grouping(),
                LmsRules.NONE));
    }
}
