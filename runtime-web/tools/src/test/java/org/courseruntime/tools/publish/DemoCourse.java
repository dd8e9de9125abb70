package org.courseruntime.tools.publish;

import java.nio.file.Path;

/** The repository's reference course, which the publisher's tests publish: the demo course's own folder. */
final class DemoCourse {
    static final Path FOLDER = Path.of("../../demo-course/src/main/course");

    private DemoCourse() {
    }

    /** Publish settings JSON sending every statement to {@code endpoint} with a LAP login and password. */
    static String settings(String endpoint) {
        return "{\"lrs\": {\"endpoint\": \"" + endpoint + "\", \"login\": \"lap\", \"password\": \"secret\"},"
                + " \"statements\": [\"started\", \"progressed\", \"experienced\", \"answered\", \"mastered\", \"passed\", \"failed\"]}";
    }
}
