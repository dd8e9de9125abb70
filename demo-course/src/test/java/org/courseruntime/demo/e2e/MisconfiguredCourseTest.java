package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A course published with unusable settings tells the learner, logs one specific error, and sends nothing. */
class MisconfiguredCourseTest {
    private static final String SECRET = "N0t-F0r-Th3-Log";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "no LRS URL|{\"lrs\": {\"login\": \"lap\", \"password\": \"" + SECRET + "\"}, \"statements\": [\"started\"]}"
                    + "|Invalid publish settings: lrs.endpoint: missing",
            "not an http URL|{\"lrs\": {\"endpoint\": \"ftp://lrs.example.com/\", \"login\": \"lap\", \"password\": \""
                    + SECRET + "\"}, \"statements\": [\"started\"]}|Invalid publish settings: lrs.endpoint: must be an http:// or https:// URL",
            "unparsable settings|{\"lrs\": {\"endpoint\": \"https://lrs.example.com/\", \"password\": " + SECRET + "}}"
                    + "|Invalid publish settings: not valid JSON: Unexpected character, expected a value at line 1, column 62"})
    void invalidPublishSettingsAreShownAndLoggedOnceAndNothingIsSent(String name, String settings, String problem)
            throws Exception {
        try (PublishedCourse course = PublishedCourse.withSettings(settings); LearnerBrowser browser = new LearnerBrowser()) {
            assertShownAndLoggedOnce(browser, course.url(), problem);
        }
    }

    @Test
    void missingPublishSettingsAreShownAndLoggedOnce() throws Exception {
        try (PublishedCourse course = PublishedCourse.withSettings(null); LearnerBrowser browser = new LearnerBrowser()) {
            assertShownAndLoggedOnce(browser, course.url(), "Invalid publish settings: the file is missing or empty");
        }
    }

    @Test
    void anUnparsableCourseDefinitionSendsNothingToAWorkingLrs() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", SECRET))
                     .withFile("course.json", "{\"id\": \"https://courses.example.com/c\",\n \"title\": {\"en-US\": \"C\"},}");
             LearnerBrowser browser = new LearnerBrowser()) {
            assertShownAndLoggedOnce(browser, course.url(),
                    "Invalid course definition: not valid JSON: Expected a quoted member name at line 2, column 26");
            assertEquals(List.of(), lrs.statements());
        }
    }

    @Test
    void aNumberNoStatementCanCarryIsAProblemOfTheCourseNotAStoppedLaunch() throws Exception {
        String course = Files.readString(PublishedCourse.EXPORTED.resolve("course.json"));
        String exact = "\"interactionType\": \"numeric\", \"correct\": 1}";
        assertTrue(course.contains(exact), "the demo course's numeric question q-scaled");
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse published = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", SECRET))
                     .withFile("course.json", course.replace(exact, "\"interactionType\": \"numeric\", \"correct\": {\"min\": 0, \"max\": 1e15}}"));
             LearnerBrowser browser = new LearnerBrowser()) {
            assertShownAndLoggedOnce(browser, published.url(), "Invalid course definition: sections[1].pages[4].correct.max:"
                    + " must be less than 1e15 in size (statements cannot carry larger numbers)");
            assertEquals(List.of(), lrs.statements());
        }
    }

    private static void assertShownAndLoggedOnce(LearnerBrowser browser, String url, String problem) throws Exception {
        browser.open(url);
        browser.waitUntil("window.courseRuntime", 10_000);
        browser.idle(3_000); // long enough for any retry loop to show itself

        String expected = "Your results cannot be recorded. " + problem + ". Please tell the course author.";
        assertEquals(expected, browser.problemForTheAuthor());
        assertEquals("Your results cannot be recorded in this course. You can still go through it; please tell the"
                + " person who gave you this course.", browser.problemForTheLearner());
        assertEquals("Results are not recorded", browser.visibleText("tracking-status"));
        assertEquals(List.of("[course-runtime] " + expected), browser.consoleErrors);
        assertFalse(browser.consoleErrors.get(0).contains(SECRET));
        assertEquals(List.of(), browser.scriptErrors);
        assertEquals("misconfigured", browser.js("courseRuntime.status().state"));
    }
}
