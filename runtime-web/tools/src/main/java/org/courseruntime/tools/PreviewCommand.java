package org.courseruntime.tools;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.publish.Credentials;
import org.courseruntime.tools.preview.CourseSite;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.tools.publish.CoursePublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code preview}: the course as learners will see it, published into a temporary folder and served on 127.0.0.1,
 * with its statements going to a preview LRS on 127.0.0.1 instead of the LRS of the publish settings (whose choice
 * of statements, verbs and sign-in is kept), so that trying a course records nothing in the real LRS.
 */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Publishes the course into a temporary folder and serves it on 127.0.0.1, with a preview LRS that"
                + " shows every statement it receives. Stop it with Ctrl+C."})
final class PreviewCommand implements Callable<Integer> {
    /** The LAP login and password of the preview LRS, which the preview's settings carry: nothing to keep secret. */
    private static final String PREVIEW_LOGIN = "preview";
    private static final String PREVIEW_PASSWORD = "preview";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "COURSE_FOLDER", description = "the course folder: course.json and the media files it names")
    private Path folder;

    @Option(names = {"-s", "--settings"}, paramLabel = "FILE",
            description = "the publish settings whose statements, verbs and sign-in choice the preview keeps;"
                    + " default: COURSE_FOLDER/publish-settings.json")
    private Path settings;

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8100", description = "the course's port; default: ${DEFAULT-VALUE}")
    private int port;

    @Option(names = "--lrs-port", paramLabel = "PORT", defaultValue = "8101", description = "the preview LRS's port; default: ${DEFAULT-VALUE}")
    private int lrsPort;

    @Option(names = "--data", paramLabel = "FOLDER",
            description = "where the preview LRS keeps what it received (delete it to start afresh); default:"
                    + " COURSE_FOLDER-preview-data beside the course folder, never in it (the export would carry it)")
    private Path data;

    @Override
    public Integer call() throws InterruptedException {
        var err = spec.commandLine().getErr();
        for (int candidate : new int[] {port, lrsPort}) {
            if (candidate < 0 || candidate > 65_535) {
                err.println("Not previewed: " + candidate + " is not a port (0 to 65535)");
                return CourseTools.USAGE;
            }
        }
        Path absolute = folder.toAbsolutePath().normalize();
        Path dataFolder = data != null ? data
                : absolute.resolveSibling((absolute.getFileName() == null ? "course" : absolute.getFileName()) + "-preview-data");
        PreviewLrs lrs;
        CourseSite site;
        CourseFiles files = null;
        try {
            files = CourseFiles.read(folder, settings != null ? settings : folder.resolve("publish-settings.json"));
            if (!files.checkedWithoutProblems(err)) {
                err.println("Not previewed.");
                return CourseTools.COURSE_PROBLEMS;
            }
            lrs = listen(() -> new PreviewLrs(lrsPort, new Credentials(PREVIEW_LOGIN, PREVIEW_PASSWORD).authorizationHeader(), dataFolder), lrsPort, "--lrs-port");
            Path output = Files.createTempDirectory("course-preview");
            Path previewSettings = Files.writeString(output.resolve("publish-settings.json"), towards(lrs.endpoint(), files.settingsJson));
            CoursePublisher.publish(folder, previewSettings, output);
            site = listen(() -> new CourseSite(output.resolve("course"), port), port, "--port");
        } catch (PortInUse e) {
            err.println("Not previewed: " + e.getMessage());
            return CourseTools.FILE_OR_PORT;
        } catch (InvalidDocumentException e) {
            ProblemLines.print(err, folder.resolve(CourseFiles.COURSE).toString(), e.problems(), files == null ? null : files.tree());
            err.println("Not previewed.");
            return CourseTools.COURSE_PROBLEMS;
        } catch (IOException e) {
            err.println("Not previewed: " + IoProblems.describe(e));
            return CourseTools.FILE_OR_PORT;
        }
        var out = spec.commandLine().getOut();
        out.println("Course:       " + site.url());
        out.println("Preview LRS:  " + lrs.viewerUrl() + "  (every statement received; xAPI endpoint " + lrs.endpoint() + ")");
        out.println("Preview data: " + dataFolder.toAbsolutePath().normalize() + "  (delete it to start afresh)");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            site.close();
            lrs.close();
        }));
        Thread.currentThread().join();
        return CourseTools.DONE;
    }

    /** The author's settings with the preview LRS in the place of theirs. */
    static String towards(String previewEndpoint, String settingsJson) throws IOException {
        try {
            Map<Object, Object> settings = new OrderedMap<>();
            ((Map<?, ?>) JsonReader.parse(InvalidDocumentException.withoutByteOrderMark(settingsJson))).forEach(settings::put);
            Map<String, Object> previewLrs = new OrderedMap<>();
            previewLrs.put("endpoint", previewEndpoint);
            previewLrs.put("login", PREVIEW_LOGIN);
            previewLrs.put("password", PREVIEW_PASSWORD);
            settings.put("lrs", previewLrs);
            return JsonWriter.write(settings);
        } catch (JsonSyntaxException e) {
            throw new IOException("the publish settings are not JSON: " + e.getMessage(), e); // checked before: not reached
        }
    }

    private interface Server<T> {
        T start() throws IOException;
    }

    private static final class PortInUse extends Exception {
        PortInUse(String message) {
            super(message);
        }
    }

    private static <T> T listen(Server<T> server, int port, String option) throws IOException, PortInUse {
        try {
            return server.start();
        } catch (BindException e) {
            throw new PortInUse(IoProblems.port(port, option, e));
        }
    }
}
