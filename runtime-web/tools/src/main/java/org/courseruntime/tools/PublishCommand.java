package org.courseruntime.tools;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.courseruntime.tools.lrscheck.LrsCheck;
import org.courseruntime.tools.publish.CoursePublisher;
import org.courseruntime.tools.publish.Publication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code publish}: the exported course and its zip for an LMS, or every problem, one per line. */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Checks the course and its publish settings, and writes the exported course (the standard course"
                + " player unless the course folder has its own index.html, course.js or course.css; course-runtime.js;"
                + " course-check.js; tincan.xml; cmi5.xml) into OUT/course, and OUT/<course name>.zip for an LMS."})
final class PublishCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "COURSE_FOLDER", description = "the course folder: course.json and the media files it names")
    private Path folder;

    @Option(names = {"-s", "--settings"}, paramLabel = "FILE",
            description = "the publish settings (LRS URL, LAP login and password, statements); default: COURSE_FOLDER/publish-settings.json")
    private Path settings;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = "published",
            description = "where the export and the zip go; default: ${DEFAULT-VALUE}")
    private Path out;

    @Option(names = "--check-lrs", description = "first check the LRS of the settings (reachable, an xAPI LRS, the LAP's"
            + " credentials and write right, CORS for --origin, the State API), storing nothing in a conformant LRS;"
            + " publish only if no point fails (the State API is a warning: resume then stays on one device)")
    private boolean checkLrs;

    @Option(names = "--origin", paramLabel = "URL",
            description = "with --check-lrs, required: the web address learners will open the course from, its origin"
                    + " only (https://courses.example.com), whose statements the LRS must allow (CORS)")
    private String origin;

    @Override
    public Integer call() throws InterruptedException {
        var err = spec.commandLine().getErr();
        Path settingsFile = settings != null ? settings : folder.resolve("publish-settings.json");
        if (checkLrs && origin == null) {
            err.println("Not published: --check-lrs needs --origin, the web address learners will open the course from"
                    + " (such as https://courses.example.com)");
            return CourseTools.USAGE;
        }
        if (checkLrs && LrsCheck.originProblem(origin) != null) {
            err.println("Not published: --origin " + LrsCheck.originProblem(origin));
            return CourseTools.USAGE;
        }
        try {
            if (checkLrs && !LrsCheckRun.passes(settingsFile, origin, spec.commandLine().getOut())) {
                err.println("Not published: the LRS check failed (see the fixes above).");
                return CourseTools.LRS_CHECK_FAILED;
            }
            Publication publication = CoursePublisher.publish(folder, settingsFile, out);
            if (!publication.isPublished()) {
                return CourseTools.refused(err, publication, "Not published.");
            }
            spec.commandLine().getOut().println("Published " + publication.exported() + " and " + publication.zip());
            return CourseTools.DONE;
        } catch (IOException e) {
            err.println("Not published: " + IoProblems.describe(e));
            return CourseTools.FILE_OR_PORT;
        }
    }
}
