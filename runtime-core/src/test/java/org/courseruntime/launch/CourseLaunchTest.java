package org.courseruntime.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.delivery.DeliveryState;
import org.courseruntime.delivery.DeliveryStatus;
import org.courseruntime.json.JsonReader;
import org.courseruntime.port.DocumentCheck;
import org.courseruntime.port.Environment;
import org.courseruntime.publish.PublishStamp;
import org.courseruntime.testing.Fixtures;
import org.courseruntime.testing.TestEnvironment;
import org.courseruntime.tracking.Tracker;
import org.junit.jupiter.api.Test;

class CourseLaunchTest {
    private final TestEnvironment env = new TestEnvironment();

    private Map<?, ?> onlyStatementSent() throws Exception {
        assertEquals(1, env.network.sent().size());
        List<?> batch = (List<?>) JsonReader.parse(env.network.sent().get(0).body());
        assertEquals(1, batch.size());
        return (Map<?, ?>) batch.get(0);
    }

    @Test
    void startingTheCourseSendsOneStartedStatementAboutTheCourse() throws Exception {
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"),
                env.environment());

        launch.tracker().start();
        launch.tracker().start();
        env.clock.runDue();

        Map<?, ?> statement = onlyStatementSent();
        assertTrue(((String) statement.get("id")).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
        assertEquals("2026-11-28T14:31:37.123Z", statement.get("timestamp"));
        assertEquals(Map.of("id", "http://adlnet.gov/expapi/verbs/attempted", "display", Map.of("en-US", "started")),
                statement.get("verb"));
        assertEquals(Map.of("objectType", "Activity", "id", "https://courses.example.com/safe-lifting",
                "definition", Map.of("type", "http://adlnet.gov/expapi/activities/course",
                        "name", Map.of("en-US", "Safe lifting", "de-DE", "Sicheres Heben"))), statement.get("object"));
        Map<?, ?> actor = (Map<?, ?>) statement.get("actor");
        Map<?, ?> account = (Map<?, ?>) actor.get("account");
        assertEquals("https://courses.example.com", account.get("homePage"));
        Map<?, ?> context = (Map<?, ?>) statement.get("context");
        assertTrue(((String) context.get("registration")).matches("[0-9a-f-]{36}"));
        assertNotEquals(statement.get("id"), context.get("registration"));
        assertEquals("Course Runtime", context.get("platform"));
        assertEquals("en-US", context.get("language"));
        assertEquals(null, context.get("contextActivities"), "the course is the object: no parent or grouping");
    }

    @Test
    void theAnonymousLearnerKeepsTheSameAccountOnTheNextVisit() throws Exception {
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        CourseLaunch firstVisit = CourseLaunch.open(Fixtures.COURSE, settings, env.environment());
        firstVisit.tracker().start();
        firstVisit.pageHidden(); // the learner leaves the page
        CourseLaunch.open(Fixtures.COURSE, settings, env.environment()).tracker().viewPage("intro");
        env.clock.runDue();

        List<?> batch = (List<?>) JsonReader.parse(env.network.sent().get(0).body());
        assertEquals(3, batch.size(), "started, then the next visit's experienced and progressed");
        assertEquals(((Map<?, ?>) batch.get(0)).get("actor"), ((Map<?, ?>) batch.get(2)).get("actor"));
    }

    @Test
    void aStartedStatementTheAuthorSwitchedOffIsNeverSentButTheAttemptStarts() {
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.settings("https://lrs.example.com/", "passed", "failed"),
                env.environment());

        launch.tracker().start();
        env.clock.advance(60_000);

        assertTrue(launch.tracker().isStarted());
        assertEquals(0, env.network.sent().size());
        assertEquals(DeliveryState.SAVED, launch.status().state());
    }

    @Test
    void invalidPublishSettingsLogOneSpecificErrorSendNothingAndTellTheLearner() {
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE,
                "{\"lrs\": {\"endpoint\": \"lrs.example.com\", \"login\": \"lap\", \"password\": \"" + Fixtures.PASSWORD
                        + "\"}, \"statements\": [\"started\"]}", env.environment());

        DeliveryStatus status = launch.status();
        assertEquals(DeliveryState.MISCONFIGURED, status.state());
        assertEquals("Your results cannot be recorded. Invalid publish settings: lrs.endpoint: must be an http:// or"
                + " https:// URL. Please tell the course author.", status.problem());
        assertEquals(List.of(status.problem()), env.log.errors);
        env.clock.advance(60_000);
        assertEquals(0, env.network.sent().size());
    }

    @Test
    void anUnparsableCourseDefinitionIsReportedWithItsLocation() {
        CourseLaunch launch = CourseLaunch.open("{\"id\": \"https://x.org/c\",\n \"title\": }",
                Fixtures.allStatements("https://lrs.example.com/"), env.environment());

        assertEquals("Your results cannot be recorded. Invalid course definition: not valid JSON: Unexpected character,"
                + " expected a value at line 2, column 11. Please tell the course author.", launch.status().problem());
        assertEquals(1, env.log.errors.size());
    }

    @Test
    void missingPublishSettingsAreNamedAsMissing() {
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, null, env.environment());

        assertEquals("Your results cannot be recorded. Invalid publish settings: the file is missing or empty."
                + " Please tell the course author.", launch.status().problem());
        assertEquals(1, env.log.errors.size());
        assertEquals(0, env.network.sent().size());
    }

    @Test
    void theTriesTakenStayTakenAfterAReload() {
        String course = Fixtures.COURSE.replace("\"masteryScore\": 0.8,", "\"masteryScore\": 0.8, \"tries\": 1,");
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        CourseLaunch first = CourseLaunch.open(course, settings, env.environment());
        first.tracker().answer("q-tf", true);
        first.pageHidden();

        CourseLaunch reloaded = CourseLaunch.open(course, settings, env.environment());

        assertEquals(0, reloaded.tracker().triesLeft("q-tf"));
        assertEquals(1, reloaded.tracker().triesLeft("q-choice"));
    }

    /** An attempt saved with one "tried" entry per answer, as the previous version wrote it, keeps its tries. */
    @Test
    void triesSavedAsOneEntryPerAnswerAreReadAsCounts() {
        String course = Fixtures.COURSE.replace("\"masteryScore\": 0.8,", "\"masteryScore\": 0.8, \"tries\": 2,");
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        CourseLaunch first = CourseLaunch.open(course, settings, env.environment());
        first.tracker().answer("q-tf", true);
        first.pageHidden();
        String key = env.store.keys("").stream().filter(k -> env.store.get(k).contains("\"tries\":{")).findFirst().orElseThrow();
        env.store.put(key, env.store.get(key).replace("\"tries\":{\"q-tf\":1}", "\"tried\":[\"q-tf\",\"q-tf\"]"));

        CourseLaunch reloaded = CourseLaunch.open(course, settings, env.environment());

        assertEquals(0, reloaded.tracker().triesLeft("q-tf"));
        assertEquals(2, reloaded.tracker().triesLeft("q-choice"));
    }

    @Test
    void bothBrokenDocumentsAreNamedAtOnce() {
        CourseLaunch launch = CourseLaunch.open("{\"id\": \"https://x.org/c\"}", "{\"lrs\": {}}", env.environment());

        assertEquals("Your results cannot be recorded. Invalid course definition: language: missing; title: missing;"
                + " sections: missing. Invalid publish settings: lrs.endpoint: missing; statements: missing."
                + " Please tell the course author.", launch.status().problem());
    }

    /** The check that no stamp vouches for a course's texts calls for, answered when the test says (a script loading). */
    private static final class LaterCheck implements DocumentCheck {
        final List<String> asked = new ArrayList<>();
        Result result;

        @Override
        public void check(String courseJson, String settingsJson, Result result) {
            asked.add(courseJson);
            this.result = result;
        }
    }

    private Environment withCheck(DocumentCheck check) {
        Environment e = env.environment();
        return new Environment(e.http(), e.beacon(), e.store(), e.sessionStore(), e.clock(), e.timer(), e.random(),
                e.log(), e.pageOrigin(), check);
    }

    @Test
    void aCourseItsStampVouchesForOpensAtOnceWithoutTheCheck() {
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        LaterCheck check = new LaterCheck();

        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, settings, PublishStamp.of(Fixtures.COURSE, settings),
                null, null, withCheck(check));
        launch.tracker().start();
        env.clock.runDue();

        assertEquals(List.of(), check.asked);
        assertEquals(List.of(), env.log.warnings);
        assertEquals(1, env.network.sent().size());
    }

    @Test
    void anEditedCourseIsCheckedFirstAndTheCallsMadeMeanwhileAreTrackedOnceItPasses() throws Exception {
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        String edited = Fixtures.COURSE.replace("Safe lifting", "Safe lifting at work");
        LaterCheck check = new LaterCheck();

        CourseLaunch launch = CourseLaunch.open(edited, settings, PublishStamp.of(Fixtures.COURSE, settings), null, null,
                withCheck(check));
        launch.use(Tracker::start);
        assertEquals(null, launch.answer("q-tf", true), "nothing to judge by until the course is checked");

        assertEquals(List.of(edited), check.asked);
        assertEquals(List.of("course.json is not what the publisher checked (changed after publishing?). course.json and"
                + " publish-settings.json are checked in the browser (course-check.js) before the course opens."), env.log.warnings);
        assertEquals(DeliveryState.CONNECTING, launch.status().state());
        check.result.checked(List.of(), List.of());
        env.clock.runDue();

        List<?> batch = (List<?>) JsonReader.parse(env.network.sent().get(0).body());
        assertEquals("Safe lifting at work", ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) batch.get(0)).get("object"))
                .get("definition")).get("name")).get("en-US"));
        assertEquals(3, batch.size(), "started, then the answer's answered and progressed");
    }

    @Test
    void aFileThatDidNotLoadIsNamedAtOnceWithoutAskingTheCheck() {
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        LaterCheck check = new LaterCheck();

        CourseLaunch launch = CourseLaunch.open(null, settings, PublishStamp.of(Fixtures.COURSE, settings), null, null,
                withCheck(check));

        assertEquals("Your results cannot be recorded. Invalid course definition: the file is missing or empty."
                + " Please tell the course author.", launch.status().problem());
        assertEquals(List.of(), check.asked);
        assertEquals(List.of(), env.log.warnings, "not taken for a file edited after publishing");
    }

    @Test
    void stampedTextsThisRuntimeCannotBuildAreCheckedInstead() {
        String course = Fixtures.COURSE.replace("\"interactionType\": \"numeric\"", "\"interactionType\": \"hotspot\"");
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        LaterCheck check = new LaterCheck();

        CourseLaunch launch = CourseLaunch.open(course, settings, PublishStamp.of(course, settings), null, null,
                withCheck(check));

        assertEquals(List.of(course), check.asked);
        assertEquals(List.of("This runtime cannot read the course's files (published for another version?). course.json and"
                + " publish-settings.json are checked in the browser (course-check.js) before the course opens."), env.log.warnings);
        check.result.checked(List.of("sections[1].pages[5].interactionType: \"hotspot\" is not one of ..."), List.of());
        assertEquals(DeliveryState.MISCONFIGURED, launch.status().state());
    }

    @Test
    void aByteOrderMarkThatThePageLeftInDoesNotStopTheCourse() {
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");

        CourseLaunch launch = CourseLaunch.open("\uFEFF" + Fixtures.COURSE, settings, null, null, null, env.environment());

        assertEquals(DeliveryState.SAVED, launch.status().state(), String.valueOf(launch.status().problem()));
    }

    @Test
    void aCheckThatCannotRunStopsTheCourseWithTheReason() {
        LaterCheck check = new LaterCheck();
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"),
                null, null, null, withCheck(check));

        check.result.unavailable("https://courses.example.com/course-check.js could not be loaded");

        assertEquals("Your results cannot be recorded. The course's files could not be checked:"
                + " https://courses.example.com/course-check.js could not be loaded. Please tell the course author.",
                launch.status().problem());
        assertEquals(List.of(launch.status().problem()), env.log.errors);
        assertEquals(List.of(), env.log.warnings, "a page that hands texts of its own, without a stamp, is no surprise");
    }

    @Test
    void aTinCanLaunchSendsToTheLmsLrsAsItsLearnerWithItsRegistrationKeptAcrossARetake() throws Exception {
        String query = "endpoint=https%3A%2F%2Flms.example.com%2Flrs%2F&auth=Basic+bG1zOnNlY3JldA%3D%3D"
                + "&actor=%7B%22mbox%22%3A%22mailto%3Azoe%40example.com%22%7D&registration=760e3480-ba55-4991-94b0-01820dbd23a2"
                + "&activity_id=https%3A%2F%2Flms.example.com%2Fcourses%2F42&grouping=https%3A%2F%2Flms.example.com%2Fprograms%2F7";
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://baked-in.example.com/xapi/"), null,
                query, null, env.environment());

        launch.tracker().viewPage("intro");
        launch.tracker().finish();
        launch.tracker().retake();
        env.clock.runDue();

        assertEquals("https://lms.example.com/lrs/statements", env.network.sent().get(0).url());
        assertEquals("Basic bG1zOnNlY3JldA==", env.network.sent().get(0).headers().get("Authorization"));
        List<?> batch = (List<?>) JsonReader.parse(env.network.sent().get(0).body());
        for (Object item : batch) {
            Map<?, ?> statement = (Map<?, ?>) item;
            assertEquals(Map.of("mbox", "mailto:zoe@example.com"), statement.get("actor"), "the LMS's actor, nothing added");
            assertEquals("760e3480-ba55-4991-94b0-01820dbd23a2", ((Map<?, ?>) statement.get("context")).get("registration"));
        }
        Map<?, ?> started = (Map<?, ?>) batch.get(0);
        assertEquals("https://lms.example.com/courses/42", ((Map<?, ?>) started.get("object")).get("id"));
        assertEquals(Map.of("grouping", List.of(Map.of("objectType", "Activity", "id", "https://lms.example.com/programs/7"))),
                ((Map<?, ?>) started.get("context")).get("contextActivities"));
        Map<?, ?> experienced = (Map<?, ?>) batch.get(1);
        assertEquals(List.of(Map.of("objectType", "Activity", "id", "https://lms.example.com/courses/42"),
                        Map.of("objectType", "Activity", "id", "https://lms.example.com/programs/7")),
                ((Map<?, ?>) ((Map<?, ?>) experienced.get("context")).get("contextActivities")).get("grouping"));
        assertEquals(5, batch.size(), "started, experienced, progressed, passed, started again");
    }

    @Test
    void aLearnerGivenByThePageIsRememberedForTheNextVisit() throws Exception {
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        CourseLaunch firstVisit = CourseLaunch.open(Fixtures.COURSE, settings, null, "",
                "{\"name\": \"Ada\", \"mbox\": \"mailto:ada@example.com\"}", env.environment());
        firstVisit.tracker().start();
        firstVisit.pageHidden();
        CourseLaunch.open(Fixtures.COURSE, settings, null, "", null, env.environment()).tracker().viewPage("intro");
        env.clock.runDue();

        List<?> batch = (List<?>) JsonReader.parse(env.network.sent().get(0).body());
        for (Object statement : batch) {
            assertEquals(Map.of("name", "Ada", "mbox", "mailto:ada@example.com"), ((Map<?, ?>) statement).get("actor"));
        }
        assertEquals(3, batch.size());
    }

    @Test
    void badLaunchParametersAreShownAndNothingIsSent() {
        CourseLaunch launch = CourseLaunch.open(Fixtures.COURSE, Fixtures.allStatements("https://lrs.example.com/xapi/"), null,
                "endpoint=https%3A%2F%2Flms.example.com%2Flrs&actor=%7B%7D", null, env.environment());

        assertEquals("Your results cannot be recorded. Invalid launch parameters: auth: missing (the Authorization value for"
                + " the LRS); actor: needs an mbox or an account to identify the learner. Please tell the course author.",
                launch.status().problem());
        assertEquals(DeliveryState.MISCONFIGURED, launch.status().state());
    }

    private List<String> verbsSent() throws Exception {
        List<String> verbs = new java.util.ArrayList<>();
        while (env.network.waiting() > 0 || env.clock.nextDelay() == 0) {
            env.clock.runDue();
            if (env.network.waiting() > 0) {
                env.network.answer(200, "[]");
            }
        }
        for (var request : env.network.sent()) {
            for (Object statement : (List<?>) JsonReader.parse(request.body())) {
                verbs.add(org.courseruntime.testing.Statements.verb((Map<?, ?>) statement));
            }
        }
        return verbs;
    }

    @Test
    void aReloadResumesTheAttemptAndSendsNothingAlreadySent() throws Exception {
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        CourseLaunch first = CourseLaunch.open(Fixtures.COURSE, settings, env.environment());
        first.tracker().start();
        first.tracker().viewPage("intro");
        first.tracker().answer("q-tf", false);
        assertEquals(List.of("started", "experienced", "progressed", "answered", "progressed"), verbsSent());

        CourseLaunch reloaded = CourseLaunch.open(Fixtures.COURSE, settings, env.environment());
        reloaded.tracker().start();
        reloaded.tracker().viewPage("intro");
        reloaded.tracker().answer("q-tf", false);
        reloaded.tracker().answer("q-choice", List.of("knees", "close"));

        assertEquals(List.of("started", "experienced", "progressed", "answered", "progressed",
                "answered", "answered", "progressed"), verbsSent());
        assertEquals(27, reloaded.tracker().progress(), "3 of 11 pages done, counting the first page load's");
        assertEquals(2.0, reloaded.tracker().score().raw());
        List<Object> registrations = new java.util.ArrayList<>();
        for (var request : env.network.sent()) {
            for (Object statement : (List<?>) JsonReader.parse(request.body())) {
                registrations.add(((Map<?, ?>) ((Map<?, ?>) statement).get("context")).get("registration"));
            }
        }
        assertEquals(1, new java.util.HashSet<>(registrations).size(), "one attempt, one registration");
    }

    @Test
    void aFinishedAttemptStaysFinishedAfterAReloadUntilARetake() throws Exception {
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        CourseLaunch first = CourseLaunch.open(Fixtures.COURSE, settings, env.environment());
        first.tracker().answer("q-tf", false);
        boolean passed = first.tracker().finish().passed();
        first.pageHidden();

        CourseLaunch reloaded = CourseLaunch.open(Fixtures.COURSE, settings, env.environment());
        reloaded.tracker().start();

        assertEquals(passed, reloaded.tracker().finish().passed());
        assertEquals(1, java.util.Collections.frequency(verbsSent(), "failed") + java.util.Collections.frequency(verbsSent(), "passed"));
        reloaded.tracker().retake();
        assertEquals(2, java.util.Collections.frequency(verbsSent(), "started"));
    }

    @Test
    void anLmsLaunchWithAnotherRegistrationBeginsANewAttempt() throws Exception {
        String settings = Fixtures.allStatements("https://lrs.example.com/xapi/");
        String launch = "endpoint=https%3A%2F%2Flms.example.com%2Flrs%2F&auth=Basic+eDp5&actor=%7B%22mbox%22%3A%22mailto%3Azoe%40example.com%22%7D&registration=";
        for (String registration : List.of("760e3480-ba55-4991-94b0-01820dbd23a2", "760e3480-ba55-4991-94b0-01820dbd23a2",
                "11111111-2222-4333-8444-555555555555")) {
            CourseLaunch visit = CourseLaunch.open(Fixtures.COURSE, settings, null, launch + registration, null, env.environment());
            visit.tracker().start();
            visit.pageHidden();
        }

        assertEquals(List.of("started", "started"), verbsSent());
    }
}
