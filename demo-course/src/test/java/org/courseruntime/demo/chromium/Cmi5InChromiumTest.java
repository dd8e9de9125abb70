package org.courseruntime.demo.chromium;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.courseruntime.demo.support.ChromiumBrowser;
import org.courseruntime.demo.support.Cmi5Lms;
import org.courseruntime.demo.support.DemoCoursePlayer;
import org.courseruntime.demo.support.PublishedCourse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A cmi5 launch in a real browser, where CORS is enforced as it is in production: the token's POST to the LMS's
 * fetch URL, the preflighted State and Agent Profile reads with the token, the statements, and the way back to the
 * LMS's returnURL, all from the course's origin to the LMS's.
 */
@Tag("chromium")
class Cmi5InChromiumTest {
    @Test
    void aWholeAttemptUnderCmi5EndsBackInTheLms() throws Exception {
        try (Cmi5Lms lms = new Cmi5Lms();
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings("http://127.0.0.1:9/xAPI/", "n", "n"));
             ChromiumBrowser chromium = new ChromiumBrowser()) {
            chromium.driver.get(lms.launchUrl(course.url() + "index.html", "Normal", 0.75));
            chromium.waitUntil("window.courseRuntime && courseRuntime.cmi5() && courseRuntime.status().state === 'saved'", 20_000);
            DemoCoursePlayer.answerEverythingRight(chromium);
            chromium.click("#finish");
            chromium.waitUntil("courseRuntime.status().state === 'saved'", 20_000);
            chromium.click("#exit");
            chromium.waitUntil("document.getElementById('lms') !== null", 20_000);

            assertEquals(List.of(), lms.violations());
            List<String> verbs = lms.verbs();
            assertEquals("initialized", verbs.get(0));
            assertEquals("terminated", verbs.get(verbs.size() - 1));
            assertEquals(1, verbs.stream().filter("completed"::equals).count());
            assertEquals(1, verbs.stream().filter("passed"::equals).count());
            assertEquals(1, lms.fetches().size());
        }
    }
}
