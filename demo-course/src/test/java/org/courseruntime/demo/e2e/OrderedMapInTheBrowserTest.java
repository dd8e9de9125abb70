package org.courseruntime.demo.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.courseruntime.tools.preview.PreviewLrs;
import org.courseruntime.demo.support.LearnerBrowser;
import org.courseruntime.demo.support.PublishedCourse;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.junit.jupiter.api.Test;

/**
 * The browser build keeps the core's maps ({@code OrderedMap}: JSON objects, answers by question id, verbs by
 * statement kind) in a JS {@code Map}: members stay in insertion order whatever their names (a JS object would put
 * integer-like ones first), a member set to null is still there, {@code put} tells a new key from a replaced one, and
 * enum keys stay apart.
 */
class OrderedMapInTheBrowserTest {
    private static final String READY = "window.courseRuntime && courseRuntime.status().state === 'saved'";
    private static final String SAVED_ATTEMPT = "(function () { for (var i = 0; i < localStorage.length; i++) {"
            + " var key = localStorage.key(i); if (key.indexOf('courseruntime.attempt.') === 0) {"
            + " return localStorage.getItem(key); } } return null; })()";
    private static final String NUMBERED_QUESTIONS = "{\"id\": \"https://courses.example.com/numbered\","
            + " \"title\": {\"en-US\": \"Numbered\"}, \"language\": \"en-US\", \"sections\": [{\"id\": \"s\","
            + " \"title\": \"Questions\", \"pages\": [" + question("10", "ten") + ", " + question("2", "two") + ", "
            + question("1", "one") + "]}]}";

    private static String question(String id, String correct) {
        return "{\"id\": \"" + id + "\", \"type\": \"question\", \"title\": \"Question " + id + "\", \"prompt\": \"" + id
                + "?\", \"interactionType\": \"fill-in\", \"correct\": \"" + correct + "\"}";
    }

    @Test
    void answersKeyedByNumberedQuestionsKeepTheirOrderThroughAReload() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings(lrs.endpoint(), "lap", "pw"))
                     .withFile("course.json", NUMBERED_QUESTIONS);
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil(READY, 20_000);
            learner.js("courseRuntime.answer('10', 'ten'); courseRuntime.answer('2', 'two');");
            learner.waitUntil(READY, 20_000);
            assertEquals(List.of("10", "2"), new ArrayList<>(answers(learner).keySet()));

            learner.open(course.url());
            learner.waitUntil(READY, 20_000);
            learner.js("courseRuntime.answer('1', 'wrong'); courseRuntime.answer('2', 'not two');");
            learner.waitUntil(READY, 20_000);

            Map<?, ?> answers = answers(learner);
            assertEquals(List.of("10", "2", "1"), new ArrayList<>(answers.keySet()),
                    "read back after the reload in the order answered, a new answer at the end, a changed one in place");
            assertEquals(JsonReader.parse("{\"10\": {\"response\": \"ten\", \"correct\": true},"
                    + " \"2\": {\"response\": \"not two\", \"correct\": false},"
                    + " \"1\": {\"response\": \"wrong\", \"correct\": false}}"), answers);
            assertEquals(3, Collections.frequency(verbs(lrs), "http://adlnet.gov/expapi/verbs/progressed"),
                    "progressed once per question, not again when an answer is replaced");
            assertEquals(List.of(), learner.scriptErrors);
        }
    }

    @Test
    void aMemberRepeatedAfterANullOneIsRefusedAsTheJvmRefusesIt() throws Exception {
        String definition = "{\"id\": null, " + NUMBERED_QUESTIONS.substring(1);
        try (PublishedCourse course = PublishedCourse.withSettings(PublishedCourse.settings("http://127.0.0.1:9/xAPI/", "lap", "pw"))
                     .withFile("course.json", definition);
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil("window.courseRuntime && courseRuntime.status().state === 'misconfigured'", 20_000);

            assertEquals("Your results cannot be recorded. Invalid course definition: not valid JSON: "
                    + jvmRefusal(definition) + ". Please tell the course author.", learner.js("courseRuntime.status().problem"));
            assertEquals(List.of(), learner.scriptErrors);
        }
    }

    @Test
    void eachStatementKindSendsItsOwnVerb() throws Exception {
        try (PreviewLrs lrs = new PreviewLrs(0, null, null);
             PublishedCourse course = PublishedCourse.withSettings("{\"lrs\": {\"endpoint\": \"" + lrs.endpoint()
                     + "\", \"login\": \"lap\", \"password\": \"pw\"}, \"statements\": [\"started\", \"answered\"],"
                     + " \"verbs\": {\"answered\": \"https://verbs.example.com/responded\"}}")
                     .withFile("course.json", NUMBERED_QUESTIONS);
             LearnerBrowser learner = new LearnerBrowser()) {
            learner.open(course.url());
            learner.waitUntil(READY, 20_000);
            learner.js("courseRuntime.answer('2', 'two');");
            learner.waitUntil(READY + " && courseRuntime.status().confirmed === 2", 20_000);

            assertEquals(Set.of("http://adlnet.gov/expapi/verbs/attempted", "https://verbs.example.com/responded"),
                    new HashSet<>(verbs(lrs)), "started with its default verb, answered with the one set");
        }
    }

    private static List<Object> verbs(PreviewLrs lrs) {
        return lrs.statements().stream().map(statement -> (Object) ((Map<?, ?>) statement.get("verb")).get("id")).toList();
    }

    private static Map<?, ?> answers(LearnerBrowser learner) throws JsonSyntaxException {
        return (Map<?, ?>) ((Map<?, ?>) JsonReader.parse((String) learner.js(SAVED_ATTEMPT))).get("answers");
    }

    private static String jvmRefusal(String definition) {
        try {
            JsonReader.parse(definition);
            throw new AssertionError("the JVM reads " + definition);
        } catch (JsonSyntaxException e) {
            return e.getMessage();
        }
    }
}
