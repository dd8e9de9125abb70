package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.junit.jupiter.api.Test;

/**
 * The browser build compiles runtime-web/jdk's {@code ArrayList}, over a JS array, in the place of TeaVM's: every list
 * of the runtime is one. The outbox puts the statements a reload finds in storage back in the order they were made
 * (inserting each at its place: the browser lists storage keys in an order of its own), sends them from the front and
 * takes each out as the LRS confirms it.
 */
class ListsInTheBrowserTest {
    /** The statements waiting in storage, as it lists them: each id, a space and its order line, joined by commas. */
    private static final String OUTBOX = "(function () { var out = []; for (var i = 0; i < localStorage.length; i++) {"
            + " var key = localStorage.key(i); if (key.indexOf('courseruntime.outbox.') === 0) {"
            + " out.push(key.substring(key.lastIndexOf('/') + 1) + ' ' + localStorage.getItem(key).split('\\n')[0]); } }"
            + " return out.join(','); })()";
    /**
     * Stores the waiting statements again, newest first, as a browser may list them, and gives up the page's send lock,
     * as a page does when it is closed (HtmlUnit leaves a page without telling it).
     */
    private static final String NEWEST_FIRST = "(function () { var entries = []; for (var i = localStorage.length - 1; i >= 0; i--) {"
            + " var key = localStorage.key(i); if (key.indexOf('courseruntime.lock.') === 0) { localStorage.removeItem(key); }"
            + " else if (key.indexOf('courseruntime.outbox.') === 0) { entries.push([key, localStorage.getItem(key)]); } }"
            + " entries.sort(function (a, b) { return a[1] < b[1] ? 1 : -1; });"
            + " entries.forEach(function (entry) { localStorage.removeItem(entry[0]); });"
            + " entries.forEach(function (entry) { localStorage.setItem(entry[0], entry[1]); }); })()";

    @Test
    void statementsFoundInStorageInAnyOrderReachTheLrsInTheOrderTheyWereMade() throws Exception {
        String endpoint;
        try (PreviewLrs notYetUp = new PreviewLrs(0, null, null)) {
            endpoint = notYetUp.endpoint();
        }
        try (PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(endpoint, "lap", "pw"));
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil("window.courseRuntime && courseRuntime.status().queued > 0", 20_000);
            learner.js("courseRuntime.answer('q-verbs', ['answered']); courseRuntime.answer('q-scaled', 1);"
                    + " courseRuntime.answer('q-status', [['s200', 'done']]);");
            learner.waitUntil("courseRuntime.status().queued >= 4", 20_000);
            List<String> made = ids(outbox(learner).stream().sorted(Comparator.comparing(entry -> entry[1])));
            learner.js(NEWEST_FIRST);
            List<String> listed = ids(outbox(learner).stream());
            Collections.reverse(listed);
            assertEquals(made, listed, "storage lists the statements newest first");
            learner.open("about:blank");

            try (PreviewLrs lrs = new PreviewLrs(URI.create(endpoint).getPort(), null, null)) {
                learner.open(course.url());
                learner.waitUntil("window.courseRuntime && courseRuntime.status().state === 'saved'", 20_000);

                List<Object> received = new ArrayList<>(lrs.statements().stream().map(statement -> statement.get("id")).toList());
                Collections.reverse(received);
                assertEquals(made, received.subList(0, made.size()), "sent oldest first");
                assertEquals(Map.of("queued", 0, "confirmed", received.size()), Map.of(
                        "queued", learner.js("courseRuntime.status().queued"),
                        "confirmed", learner.js("courseRuntime.status().confirmed")));
                assertEquals(List.of(), outbox(learner));
                assertEquals(List.of(), learner.scriptErrors);
            }
        }
    }

    /** The outbox's entries as storage lists them: id and order line. */
    private static List<String[]> outbox(LearnerBrowser learner) {
        String listed = (String) learner.js(OUTBOX);
        return listed.isEmpty() ? List.of() : Stream.of(listed.split(",")).map(entry -> entry.split(" ")).toList();
    }

    private static List<String> ids(Stream<String[]> entries) {
        return new ArrayList<>(entries.map(entry -> entry[0]).toList());
    }
}
