package org.courseruntime.web;

import java.util.Map;
import org.courseruntime.cmi5.Cmi5Session;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.delivery.SetAsideStatement;
import org.courseruntime.interaction.Answer;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.launch.CourseLaunch;
import org.courseruntime.port.Environment;
import org.courseruntime.publish.PublishStamp;
import org.courseruntime.tracking.Outcome;
import org.courseruntime.tracking.Tracker;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSObject;

/**
 * The page's entry point, {@code window.CourseRuntime}. A course hands it its definition and publish settings
 * (the JSON texts) and reports what the learner does:
 * <pre>
 * var runtime = CourseRuntime.launch(courseJsonText, publishSettingsJsonText);
 * runtime.onStatus(function (status) { indicator.textContent = status.state; });
 * runtime.start();
 * runtime.viewPage("intro");
 * var answer = runtime.answer("q-verbs", ["answered", "passed"]); // {response: "answered[,]passed", correct: true}
 * var outcome = runtime.finish();                                   // {passed: true, mastered: true, progress: 100, ...}
 * </pre>
 * A thin layer: every decision is made in runtime-core. Calls with an unknown page or a response that does not fit
 * the question throw an Error saying so; on a misconfigured course the tracking calls do nothing.
 */
public final class CourseRuntime {
    private final CourseLaunch launch;

    private CourseRuntime(CourseLaunch launch) {
        this.launch = launch;
    }

    /**
     * Opens a course. An LMS's Tin Can launch parameters in the page URL override the publish settings; otherwise
     * {@code learner} (an xAPI agent from the page's own form, e.g. {@code {name: "Ada", mbox: "mailto:ada@example.com"}},
     * or null) is used and remembered for the next visit. Never throws: when the definition, settings or launch are
     * unusable, nothing is tracked, one error is logged to the console, and {@link #status()} has
     * {@code state: "misconfigured"} and a {@code problem} to show the learner.
     * Example: {@code CourseRuntime.launch(courseText, settingsText, null)}.
     */
    @JSExport
    public static CourseRuntime launch(String courseJson, String publishSettingsJson, JSObject learner) {
        BrowserClock clock = new BrowserClock();
        Environment env = new Environment(new XhrHttpClient(), new SendBeacon(), WebStorage.LOCAL, WebStorage.SESSION,
                clock, clock, new CryptoRandom(), new ConsoleLog(), pageOrigin(), new CheckScript());
        String learnerJson = Json.stringify(learner);
        CourseLaunch launch = CourseLaunch.open(courseJson, publishSettingsJson, publishStamp(), pageQuery(),
                "null".equals(learnerJson) ? null : learnerJson, env);
        launch.use(tracker -> PageLifecycle.connect(launch));
        return new CourseRuntime(launch);
    }

    /** The learner starts the course: sends "started" once. Example: {@code runtime.start()}. */
    @JSExport
    public void start() {
        launch.use(Tracker::start);
    }

    /** The learner views a page: "experienced" and "progressed" on the first view of a content page. */
    @JSExport
    public void viewPage(String pageId) {
        launch.use(tracker -> tracker.viewPage(pageId));
    }

    /**
     * The learner submits a response to a question: a boolean (true-false), a number (numeric), a string (fill-in,
     * likert, other), a list of ids (choice, sequencing), a list of [left, right] pairs (matching, performance).
     * Returns {@code {response, correct}} ({@code correct} is null for a question without a correct answer).
     * Example: {@code runtime.answer("q-tf", true).correct}.
     */
    @JSExport
    public JSObject answer(String questionId, JSObject response) {
        Answer answer = launch.answer(questionId, parse(Json.stringify(response)));
        return answer == null ? null : Json.toJs(answer);
    }

    /**
     * The learner completes the course: sends "passed" or "failed" once (under cmi5: "completed" and "passed" or
     * "failed") and returns {@code {passed, mastered, progress, scaled, raw, max}} (no score members for a course
     * without scored questions); null while an LMS launch is still being set up (the finish is tracked then).
     */
    @JSExport
    public JSObject finish() {
        Outcome outcome = launch.finish();
        return outcome == null ? null : Json.toJs(outcome);
    }

    /**
     * The result of the attempt once it is finished, as {@link #finish()} returns it, also after a reload; null before.
     * It sends nothing. Example: {@code var result = runtime.outcome(); if (result) showResult(result);}
     */
    @JSExport
    public JSObject outcome() {
        Tracker tracker = launch.tracker();
        Outcome outcome = tracker == null ? null : tracker.outcome();
        return outcome == null ? null : Json.toJs(outcome);
    }

    /**
     * Begins a new attempt ("started" again): a new registration, or under an LMS's registration the next attempt of
     * it. Example: {@code runtime.retake()}.
     */
    @JSExport
    public void retake() {
        launch.use(Tracker::retake);
    }

    /**
     * The learner leaves the course. Under cmi5 this ends the session ("terminated") and, once the LMS confirmed it
     * (or after 10 s), takes the learner to the LMS's returnURL when it gave one; elsewhere it does nothing. Example: {@code exitButton.onclick = function () { runtime.exit(); }}.
     */
    @JSExport
    public void exit() {
        launch.exit(ReturnToLms.after(launch));
    }

    /**
     * The cmi5 launch as the LMS set it up, or null outside cmi5 (and until the launch is ready):
     * {@code {launchMode, masteryScore, moveOn, returnURL, languagePreference, audioPreference}}; a course shows no
     * judgement in {@code Browse} or {@code Review} mode and follows the learner's audio preference.
     * Example: {@code runtime.cmi5() && runtime.cmi5().launchMode}.
     */
    @JSExport
    public JSObject cmi5() {
        Cmi5Session session = launch.cmi5Session();
        if (session == null) {
            return null;
        }
        Map<String, Object> json = new OrderedMap<>();
        json.put("launchMode", session.launchData().launchMode());
        json.put("masteryScore", session.launchData().masteryScore());
        json.put("moveOn", session.launchData().moveOn());
        json.put("returnURL", session.launchData().returnUrl());
        json.put("languagePreference", session.languagePreference());
        json.put("audioPreference", session.audioPreference());
        return Json.toJs(json);
    }

    /**
     * The id of the page the learner was last on in this attempt, where a resumed course reopens (also after a reload
     * or on another device), or null. Example: {@code show(runtime.position() || firstPage)}.
     */
    @JSExport
    public String position() {
        Tracker tracker = launch.tracker();
        return tracker == null ? null : tracker.position();
    }

    /**
     * Whether the page is done in this attempt (a content page viewed, a question answered), after a resume too: the
     * course's page list can tick it. Example: {@code runtime.isDone("welcome")}.
     */
    @JSExport
    public boolean isDone(String pageId) {
        Tracker tracker = launch.tracker();
        return tracker != null && tracker.isDone(pageId);
    }

    /**
     * How many more answers the question takes in this attempt, for a course that sets {@code tries} (the latest
     * answer counts), or -1 when it sets no limit (or the course is not open yet). Example: {@code runtime.triesLeft("q-tf")}.
     */
    @JSExport
    public int triesLeft(String pageId) {
        Tracker tracker = launch.tracker();
        return tracker == null ? -1 : tracker.triesLeft(pageId);
    }

    /** Progress of the attempt in whole percent (0-100). */
    @JSExport
    public int progress() {
        Tracker tracker = launch.tracker();
        return tracker == null ? 0 : tracker.progress();
    }

    /**
     * The tracking status: {@code {state, queued, sending, confirmed, setAside, persistent, problem}}, where state is
     * one of saved, sending, retrying, offline, rejected, auth-refused, endpoint-refused, connecting, misconfigured.
     * Example: {@code runtime.status().state}.
     */
    @JSExport
    public JSObject status() {
        return Json.toJs(launch.status());
    }

    /** Calls {@code listener(status)} on every change of {@link #status()}. Example: {@code runtime.onStatus(show)}. */
    @JSExport
    public void onStatus(StatusCallback listener) {
        launch.addListener(status -> listener.call(Json.toJs(status)));
    }

    /**
     * Calls {@code listener(status)} once the course is ready to track: after the LRS's copy of a saved attempt was
     * read (3 s at most) and, under cmi5, the session set up. Tracking calls made before are kept and run then, in
     * order, after the listener; {@link #position()} is then where the learner was. Never called when the course
     * cannot be tracked. Example: {@code runtime.onReady(function () { show(runtime.position()); })}.
     */
    @JSExport
    public void onReady(StatusCallback listener) {
        launch.use(tracker -> listener.call(Json.toJs(launch.status())));
    }

    /**
     * The statements the LRS confirmed since the page loaded, as sent, oldest first: for a course's debug panel.
     * Example: {@code runtime.confirmedStatements()[0].id}.
     */
    @JSExport
    public JSObject confirmedStatements() {
        return Json.parse("[" + (launch.delivery() != null ? String.join(",", launch.delivery().confirmedStatements()) : "") + "]");
    }

    /**
     * The statements the LRS refused as invalid or conflicting, kept aside so they do not block the others:
     * {@code [{id, reason, statement}]}. Example: {@code runtime.setAsideStatements()[0].reason}.
     */
    @JSExport
    public JSObject setAsideStatements() {
        StringBuilder out = new StringBuilder("[");
        if (launch.delivery() != null) {
            for (SetAsideStatement aside : launch.delivery().setAsideStatements()) {
                Map<String, Object> item = new OrderedMap<>();
                item.put("id", aside.id());
                item.put("reason", aside.reason());
                String json = JsonWriter.write(item);
                out.append(out.length() > 1 ? "," : "").append(json, 0, json.length() - 1)
                        .append(",\"statement\":").append(aside.json()).append('}');
            }
        }
        return Json.parse(out.append(']').toString());
    }

    private static Object parse(String json) {
        try {
            return JsonReader.parse(json);
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException("The response is not a JSON value: " + e.getMessage());
        }
    }

    /**
     * The learner a page handed to {@link #launch} on an earlier visit, or null (none, or not a usable xAPI agent):
     * a page may skip its name and e-mail form when there is one. Example: {@code CourseRuntime.rememberedLearner()}.
     */
    @JSExport
    public static JSObject rememberedLearner() {
        String json = CourseLaunch.rememberedLearner(WebStorage.LOCAL);
        return json == null ? null : Json.parse(json);
    }

    /**
     * Forgets the remembered learner (a page's "Sign out"); the next launch asks again. A runtime already launched
     * keeps its learner. Example: {@code CourseRuntime.forgetLearner(); location.reload();}.
     */
    @JSExport
    public static void forgetLearner() {
        WebStorage.LOCAL.remove(CourseLaunch.REMEMBERED_LEARNER_KEY);
    }

    @JSBody(script = "return String(window.location.origin);")
    private static native String pageOrigin();

    /** The publisher's stamp in the launch page ({@code <meta name="course-runtime-stamp">}), or null. */
    @JSBody(script = "var meta = document.querySelector('meta[name=\"" + PublishStamp.META_NAME + "\"]');"
            + "return meta ? meta.content : null;")
    private static native String publishStamp();

    @JSBody(script = "return String(window.location.search);")
    private static native String pageQuery();
}
