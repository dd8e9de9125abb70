package org.courseruntime.tools;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.courseruntime.tools.settings.SettingsSite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code settings}: the publish settings page on 127.0.0.1, where an author sets up tracking, checks the LRS and publishes. */
@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Serves the publish settings page on 127.0.0.1: the LRS URL, the LAP login and password, the"
                + " statements sent and the learner sign-in, each checked as typed; \"Check the LRS\"; and \"Publish\","
                + " which writes the settings file, OUT/course and OUT/<course name>.zip, and offers the zip. Stop it with Ctrl+C."})
final class SettingsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "COURSE_FOLDER", description = "the course folder: course.json and the media files it names")
    private Path folder;

    @Option(names = {"-s", "--settings"}, paramLabel = "FILE",
            description = "the publish settings file the page reads and writes; default: COURSE_FOLDER/publish-settings.json")
    private Path settings;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = "published",
            description = "where Publish writes the export and the zip; default: ${DEFAULT-VALUE}")
    private Path out;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8102", description = "the page's port; default: ${DEFAULT-VALUE}")
    private int port;

    @Override
    public Integer call() throws InterruptedException {
        var err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("Not started: " + port + " is not a port (0 to 65535)");
            return CourseTools.USAGE;
        }
        if (!Files.isRegularFile(folder.resolve("course.json"))) {
            err.println("Not started: " + folder.resolve("course.json") + " does not exist: give the course folder, the one holding course.json");
            return CourseTools.FILE_OR_PORT;
        }
        SettingsSite site;
        try {
            site = new SettingsSite(folder, settings != null ? settings : folder.resolve("publish-settings.json"), out, port);
        } catch (BindException e) {
            err.println("Not started: " + IoProblems.port(port, "--port", e));
            return CourseTools.FILE_OR_PORT;
        } catch (IOException e) {
            err.println("Not started: " + IoProblems.describe(e));
            return CourseTools.FILE_OR_PORT;
        }
        var console = spec.commandLine().getOut();
        console.println("Publish settings: " + site.url());
        console.println("Press Ctrl+C to stop.");
        console.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(site::close));
        Thread.currentThread().join();
        return CourseTools.DONE;
    }
}
