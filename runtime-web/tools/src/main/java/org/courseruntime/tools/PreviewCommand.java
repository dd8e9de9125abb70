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
import org.courseruntime.lrs.Credentials;
import org.courseruntime.tools.preview.AuthorPreview;
import org.courseruntime.tools.preview.CourseSite;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.tools.publish.AuthorFiles;
import org.courseruntime.tools.publish.CoursePublisher;
import org.courseruntime.tools.publish.Publication;
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
                + " shows every statement it receives, and a panel in the page that shows what the runtime writes to"
                + " the console. Stop it with Ctrl+C."})
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
        Path settingsFile = settings != null ? settings : folder.resolve("publish-settings.json");
        PreviewLrs lrs = null;
        CourseSite site;
        try {
            AuthorFiles.requireCourseFolder(folder);
            String settingsJson = AuthorFiles.read(settingsFile);
            lrs = listen(() -> new PreviewLrs(lrsPort, new Credentials(PREVIEW_LOGIN, PREVIEW_PASSWORD).authorizationHeader(), dataFolder), lrsPort, "--lrs-port");
            // The problems name the author's file: its LRS is replaced, the rest of it is what the preview checks.
            Path output = Files.createTempDirectory("course-preview");
            Publication publication = CoursePublisher.publish(folder, settingsFile.toString(),
                    towards(lrs.endpoint(), settingsJson), output);
            if (!publication.isPublished()) {
                lrs.close();
                Files.delete(output); // empty: a refused course writes nothing
                return CourseTools.refused(err, publication, "Not previewed.");
            }
            AuthorPreview.addTo(publication.exported());
            site = listen(() -> new CourseSite(publication.exported(), port), port, "--port");
        } catch (PortInUse | IOException e) {
            if (lrs != null) {
                lrs.close();
            }
            err.println("Not previewed: " + (e instanceof IOException io ? IoProblems.describe(io) : e.getMessage()));
            return CourseTools.FILE_OR_PORT;
        }
        var out = spec.commandLine().getOut();
        out.println("Course:       " + site.url());
        out.println("Preview LRS:  " + lrs.viewerUrl() + "  (every statement received; xAPI endpoint " + lrs.endpoint() + ")");
        out.println("Preview data: " + dataFolder.toAbsolutePath().normalize() + "  (delete it to start afresh)");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        PreviewLrs previewLrs = lrs;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            site.close();
            previewLrs.close();
        }));
        Thread.currentThread().join();
        return CourseTools.DONE;
    }

    /**
     * The author's settings with the preview LRS in the place of theirs; settings that are not a JSON object are left
     * as they are, for the publisher to name their problems.
     */
    static String towards(String previewEndpoint, String settingsJson) {
        Object parsed;
        try {
            parsed = JsonReader.parse(InvalidDocumentException.withoutByteOrderMark(settingsJson));
        } catch (JsonSyntaxException e) {
            return settingsJson;
        }
        if (!(parsed instanceof Map<?, ?> authors)) {
            return settingsJson;
        }
        Map<Object, Object> settings = new OrderedMap<>();
        authors.forEach(settings::put);
        Map<String, Object> previewLrs = new OrderedMap<>();
        previewLrs.put("endpoint", previewEndpoint);
        previewLrs.put("login", PREVIEW_LOGIN);
        previewLrs.put("password", PREVIEW_PASSWORD);
        settings.put("lrs", previewLrs);
        return JsonWriter.write(settings);
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
