package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.json.JsonReader;
import org.courseruntime.lrs.Credentials;
import org.courseruntime.publish.PublishSettings;
import org.courseruntime.publish.PublishSettingsReader;
import org.junit.jupiter.api.Test;

/**
 * The author's "login" choice in the publish settings: the learner names themselves in the course's sign-in panel
 * (or skips it when it is optional), the statements carry that learner, and the browser remembers them for the
 * next visit. An LMS's launch names the learner itself, so the panel never shows then.
 */
class LearnerSignInTest {
    private static final String LAP = "demo-lap";
    private static final String PASSWORD = "demo-password";
    private static final String AUTHORIZATION = new Credentials(LAP, PASSWORD).authorizationHeader();
    private static final String STARTED_AND_WELCOME_PAGE = "window.courseRuntime && courseRuntime.status().state === 'saved'"
            + " && courseRuntime.status().confirmed === 3";

    private static PublishedCourse course(PreviewLrs lrs, String login) throws Exception {
        String settings = PublishedCourse.settings(lrs.endpoint(), LAP, PASSWORD);
        return PublishedCourse.withSettings(settings.substring(0, settings.lastIndexOf('}')) + ", \"login\": \"" + login + "\"}");
    }

    /** Whether the element with {@code id} and all its ancestors are shown (the hidden attribute is what hides them). */
    private static boolean shown(LearnerBrowser learner, String id) {
        return (Boolean) learner.js("(function (e) { if (!e) return false; for (; e; e = e.parentElement) { if (e.hidden) return false; }"
                + " return true; })(document.getElementById('" + id + "'))");
    }

    private static String text(LearnerBrowser learner, String id) {
        return (String) learner.js("document.getElementById('" + id + "').textContent.replace(/\\s+/g, ' ').trim()");
    }

    private static void signIn(LearnerBrowser learner, String name, String email) throws Exception {
        learner.waitUntil("document.getElementById('sign-in') && !document.getElementById('sign-in').hidden", 10_000);
        learner.type("#learner-name", name);
        learner.type("#learner-email", email);
        learner.click("#sign-in-start");
    }

    private static Map<?, ?> actorOfFirstConfirmedStatement(LearnerBrowser learner) throws Exception {
        return (Map<?, ?>) JsonReader.parse((String) learner.js("JSON.stringify(courseRuntime.confirmedStatements()[0].actor)"));
    }

    private static List<Object> actorsAtTheLrs(PreviewLrs lrs) {
        return lrs.statements().stream().map(statement -> statement.get("actor")).distinct().toList();
    }

    @Test
    void signingInSendsStartedWithTheGivenNameAndEmailAsActor() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "optional");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil("!document.getElementById('sign-in').hidden", 10_000);
            assertFalse(shown(learner, "page-title"), "the course waits behind the panel");
            assertEquals(true, learner.js("window.courseRuntime === undefined"), "nothing is launched before the learner chose");

            signIn(learner, "  Ada Lovelace ", "Ada@Example.com ");
            learner.waitUntil(STARTED_AND_WELCOME_PAGE, 20_000);

            Map<?, ?> actor = actorOfFirstConfirmedStatement(learner);
            assertEquals("Ada Lovelace", actor.get("name"));
            assertEquals("mailto:ada@example.com", actor.get("mbox"));
            assertEquals(List.of(actor), actorsAtTheLrs(lrs));
            assertTrue(lrs.statements().stream().anyMatch(s -> "attempted".equals(verbOf(s))), "started is among them");
            assertFalse(shown(learner, "sign-in"));
            assertTrue(shown(learner, "page-title"));
            assertEquals("page-title", learner.js("document.activeElement.id"), "focus goes to the course the panel gave way to");
            assertEquals("Signed in as Ada Lovelace (not you? Sign out)", text(learner, "signed-in"));
            assertTrue(shown(learner, "signed-in"));
            assertEquals(List.of(), learner.scriptErrors);
        }
    }

    private static String verbOf(Map<String, Object> statement) {
        String id = (String) ((Map<?, ?>) statement.get("verb")).get("id");
        return id.substring(id.lastIndexOf('/') + 1);
    }

    @Test
    void theNextVisitSkipsThePanelAndKeepsTheSameLearner() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "required");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            signIn(learner, "Ada Lovelace", "ada@example.com");
            learner.waitUntil(STARTED_AND_WELCOME_PAGE, 20_000);

            learner.open(course.url());
            learner.waitUntil("window.courseRuntime", 10_000);
            assertFalse(shown(learner, "sign-in"));
            assertEquals("Signed in as Ada Lovelace (not you? Sign out)", text(learner, "signed-in"));
            learner.click("#next"); // the second content page: experienced and progressed, by the same learner
            learner.waitUntil("courseRuntime.status().state === 'saved' && courseRuntime.status().confirmed === 2", 20_000);

            Map<?, ?> actor = actorOfFirstConfirmedStatement(learner);
            assertEquals("mailto:ada@example.com", actor.get("mbox"));
            assertEquals(5, lrs.statements().size());
            assertEquals(List.of(actor), actorsAtTheLrs(lrs));
            assertEquals(1L, lrs.statements().stream().map(s -> ((Map<?, ?>) s.get("context")).get("registration"))
                    .distinct().count(), "the second visit resumes the learner's attempt");
        }
    }

    @Test
    void aBadEmailShowsItsMessageNextToTheFieldAndSendsNothing() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "required");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            signIn(learner, "Ada Lovelace", "ada@example");

            assertTrue(shown(learner, "learner-email-problem"));
            assertEquals("Enter a valid e-mail address, such as ada@example.com.", text(learner, "learner-email-problem"));
            assertEquals("learner-email-problem", learner.js("document.getElementById('learner-email').getAttribute('aria-describedby')"));
            assertEquals("true", learner.js("document.getElementById('learner-email').getAttribute('aria-invalid')"));
            assertEquals("learner-email", learner.js("document.activeElement.id"), "focus goes to the field to correct");
            assertFalse(shown(learner, "learner-name-problem"));
            assertEquals(false, learner.js("document.getElementById('learner-name').hasAttribute('aria-describedby')"));

            learner.idle(1_000);
            assertTrue(shown(learner, "sign-in"));
            assertEquals(true, learner.js("window.courseRuntime === undefined"));
            assertEquals(true, learner.js("CourseRuntime.rememberedLearner() === null"));
            assertEquals(List.of(), lrs.statements());
        }
    }

    @Test
    void anAddressAnLrsWouldRefuseIsRefusedByTheFormAndAnnounced() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "required");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            signIn(learner, "Zoë", "zoë@example.com");

            assertEquals("Enter a valid e-mail address, such as ada@example.com.", text(learner, "learner-email-problem"));
            assertEquals("alert", learner.js("document.getElementById('learner-email-problem').getAttribute('role')"));
            assertEquals(List.of(), lrs.statements());
        }
    }

    @Test
    void aDamagedRememberedLearnerCountsAsNoneAndThePanelAsks() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "optional");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.js("localStorage.setItem('courseruntime.actor', '{\"name\": \"Ada\"'); location.reload();");
            learner.waitUntil("document.getElementById('sign-in') && !document.getElementById('sign-in').hidden", 10_000);

            assertEquals(true, learner.js("CourseRuntime.rememberedLearner() === null"));
            assertEquals(List.of(), learner.scriptErrors);
        }
    }

    @Test
    void anEmptyFormNamesBothFieldsAndFocusesTheFirst() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "optional");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            signIn(learner, " ", "");

            assertEquals("Enter your name.", text(learner, "learner-name-problem"));
            assertEquals("Enter your e-mail address.", text(learner, "learner-email-problem"));
            assertEquals("learner-name", learner.js("document.activeElement.id"));

            learner.type("#learner-name", "Ada");
            learner.type("#learner-email", "ada@example.com");
            learner.click("#sign-in-start");
            learner.waitUntil(STARTED_AND_WELCOME_PAGE, 20_000);
            assertEquals("mailto:ada@example.com", actorOfFirstConfirmedStatement(learner).get("mbox"));
        }
    }

    @Test
    void aRequiredSignInHasNoWayAround() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "required");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil("!document.getElementById('sign-in').hidden", 10_000);

            assertFalse(shown(learner, "sign-in-skip"));
            assertFalse(shown(learner, "sign-in-optional"));
            assertEquals(1.0, ((Number) learner.js("[].filter.call(document.querySelectorAll('#sign-in button'),"
                    + " function (b) { return !b.hidden; }).length")).doubleValue(), "only Start the course");
            assertEquals("Name", learner.js("document.getElementById('learner-name').labels[0].textContent"));
            assertEquals("E-mail", learner.js("document.getElementById('learner-email').labels[0].textContent"));
        }
    }

    @Test
    void skippingTheOptionalSignInLeavesTheLearnerAnonymous() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "optional");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil("!document.getElementById('sign-in').hidden", 10_000);
            assertTrue(shown(learner, "sign-in-optional"));
            assertEquals("Continue without signing in", text(learner, "sign-in-skip"));

            learner.click("#sign-in-skip");
            learner.waitUntil(STARTED_AND_WELCOME_PAGE, 20_000);

            Map<?, ?> actor = actorOfFirstConfirmedStatement(learner);
            assertNull(actor.get("mbox"));
            assertNull(actor.get("name"));
            Map<?, ?> account = (Map<?, ?>) actor.get("account");
            assertEquals(course.url().substring(0, course.url().length() - 1), account.get("homePage"));
            assertTrue(((String) account.get("name")).matches("[0-9a-f-]{36}"), account.toString());
            assertEquals(List.of(actor), actorsAtTheLrs(lrs));
            assertFalse(shown(learner, "signed-in"));
            assertEquals(true, learner.js("CourseRuntime.rememberedLearner() === null"), "no one is remembered");
        }
    }

    @Test
    void signingOutForgetsTheLearnerAndAsksAgain() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "optional");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            signIn(learner, "Ada Lovelace", "ada@example.com");
            learner.waitUntil(STARTED_AND_WELCOME_PAGE, 20_000);

            learner.click("#sign-out");
            signIn(learner, "Grace Hopper", "grace@example.com"); // the page opened afresh, with the panel
            learner.waitUntil(STARTED_AND_WELCOME_PAGE, 20_000);

            assertEquals("mailto:grace@example.com", actorOfFirstConfirmedStatement(learner).get("mbox"));
            assertEquals("Signed in as Grace Hopper (not you? Sign out)", text(learner, "signed-in"));
            assertEquals(2L, lrs.statements().stream().map(s -> ((Map<?, ?>) s.get("actor")).get("mbox")).distinct().count());
            assertEquals(2L, lrs.statements().stream().map(s -> ((Map<?, ?>) s.get("context")).get("registration"))
                    .distinct().count(), "each learner has an attempt of their own");
        }
    }

    @Test
    void anLmsLaunchNamesTheLearnerAndNeverShowsThePanel() throws Exception {
        String actor = "{\"name\": \"Zoë Ünal\", \"mbox\": \"mailto:zoe@example.com\"}";
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "required");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url() + "index.html?endpoint=" + encode(lrs.endpoint()) + "&auth=" + encode(AUTHORIZATION)
                    + "&actor=" + encode(actor) + "&registration=760e3480-ba55-4991-94b0-01820dbd23a2");
            learner.waitUntil(STARTED_AND_WELCOME_PAGE, 20_000);

            assertFalse(shown(learner, "sign-in"));
            assertFalse(shown(learner, "signed-in"));
            assertEquals("mailto:zoe@example.com", actorOfFirstConfirmedStatement(learner).get("mbox"));
            assertEquals(true, learner.js("CourseRuntime.rememberedLearner() === null"), "the LMS's learner is not remembered as the page's");
        }
    }

    @Test
    void aLoginValueTheRuntimeDoesNotKnowIsShownToTheLearnerAndNothingIsSent() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, AUTHORIZATION, null);
             PublishedCourse course = course(lrs, "always");
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            // settings the publisher refuses reach a course only by hand: course-check.js names the problem
            learner.waitUntil("window.courseRuntime && courseRuntime.status().state === 'misconfigured'", 10_000);

            assertFalse(shown(learner, "sign-in"));
            assertEquals("Your results cannot be recorded. Invalid publish settings: login: must be \"none\", \"optional\""
                    + " or \"required\". Please tell the course author.", learner.problemForTheAuthor());
            learner.idle(1_000);
            assertEquals(List.of(), lrs.statements());
        }
    }

    @Test
    void theDemoCourseShipsWithAnOptionalSignIn() throws Exception {
        PublishSettings shipped = PublishSettingsReader.read(Files.readString(Path.of("src/main/course/publish-settings.json")));

        assertEquals(PublishSettings.LOGIN_OPTIONAL, shipped.login());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
