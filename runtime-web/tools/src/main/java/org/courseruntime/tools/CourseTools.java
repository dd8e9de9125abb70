package org.courseruntime.tools;

import java.io.PrintWriter;
import org.courseruntime.tools.publish.CourseProblem;
import org.courseruntime.tools.publish.Publication;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The author's tools: {@code java -jar course-tools.jar publish|preview ...}. Exit codes a script can test:
 * {@value #DONE} done, {@value #COURSE_PROBLEMS} the course or its settings have problems (one per line), 2 a wrong
 * command line, {@value #FILE_OR_PORT} a file that cannot be read or written, or a port in use,
 * {@value #LRS_CHECK_FAILED} a point of the LRS check failed.
 */
@Command(name = "course-tools", mixinStandardHelpOptions = true, versionProvider = CourseTools.Version.class,
        description = "Publish and preview an HTML course tracked by xAPI in the learner's browser.",
        subcommands = {PublishCommand.class, PreviewCommand.class, SettingsCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the course or its publish settings have problems, one per line",
                "2:a wrong command line", "3:a file that cannot be read or written, or a port in use",
                "4:publish --check-lrs: a point of the LRS check failed"})
public final class CourseTools {
    /** The build's version, from the jar's manifest (docs/releases.md): one version for every artifact of a build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = CourseTools.class.getPackage().getImplementationVersion();
            return new String[] {"course-tools " + (version != null ? version : "(not built into a jar)")};
        }
    }

    static final int DONE = 0;
    static final int COURSE_PROBLEMS = 1;
    static final int USAGE = 2;
    static final int FILE_OR_PORT = 3;
    static final int LRS_CHECK_FAILED = 4;

    private CourseTools() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new CourseTools()).execute(args));
    }

    /** Prints every problem of {@code publication}, one per line, then {@code verdict}; the exit code for them. */
    static int refused(PrintWriter err, Publication publication, String verdict) {
        for (CourseProblem problem : publication.problems()) {
            err.println(problem);
        }
        err.println(verdict);
        return COURSE_PROBLEMS;
    }

    /** Runs the command line {@code args} writing to {@code out} and {@code err}; returns the exit code. */
    static int run(PrintWriter out, PrintWriter err, String... args) {
        return new CommandLine(new CourseTools()).setOut(out).setErr(err).execute(args);
    }
}
