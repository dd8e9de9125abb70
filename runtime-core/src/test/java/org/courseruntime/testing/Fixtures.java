package org.courseruntime.testing;

import org.courseruntime.lrs.LrsClient;
import org.courseruntime.lrs.LrsSource;
import org.courseruntime.port.Environment;
import org.courseruntime.publish.PublishSettings;

/** Course definitions and publish settings as an authoring tool would write them. */
public final class Fixtures {
    public static final String LOGIN = "demo-lap";
    public static final String PASSWORD = "Sup3r-s3cret!";
    public static final String COURSE_ID = "https://courses.example.com/safe-lifting";

    /** A course with one content page and one question of every interaction type, each of weight 1 but the survey. */
    public static final String COURSE = """
            {"id": "https://courses.example.com/safe-lifting",
             "title": {"en-US": "Safe lifting", "de-DE": "Sicheres Heben"},
             "language": "en-US",
             "masteryScore": 0.8,
             "passCriteria": {"minimumScore": 0.6},
             "sections": [
              {"id": "basics", "title": "Basics", "pages": [
                {"id": "intro", "type": "content", "title": "Why lifting hurts"},
                {"id": "q-tf", "type": "question", "title": "Bend your back?", "prompt": "You should bend your back to lift.",
                 "interactionType": "true-false", "correct": false},
                {"id": "q-choice", "type": "question", "title": "Safe habits", "interactionType": "choice",
                 "choices": [{"id": "knees", "text": "Bend your knees"}, {"id": "twist", "text": "Twist while lifting"},
                             {"id": "close", "text": "Keep the load close"}],
                 "correct": ["knees", "close"]},
                {"id": "q-fill", "type": "question", "title": "Limit", "prompt": "The limit is __ kg in __.",
                 "interactionType": "fill-in", "correct": ["25", "Zürich"]},
                {"id": "q-long", "type": "question", "title": "Describe", "interactionType": "long-fill-in",
                 "correct": "keep it close"}
              ]},
              {"id": "practice", "title": "Practice", "pages": [
                {"id": "q-match", "type": "question", "title": "Match", "interactionType": "matching",
                 "source": [{"id": "box", "text": "Box"}, {"id": "sack", "text": "Sack"}],
                 "target": [{"id": "trolley", "text": "Trolley"}, {"id": "shoulder", "text": "Shoulder"}],
                 "correct": [["box", "trolley"], ["sack", "shoulder"]]},
                {"id": "q-perf", "type": "question", "title": "Perform", "interactionType": "performance",
                 "steps": [{"id": "plant", "text": "Plant your feet"}, {"id": "lift", "text": "Lift"}],
                 "correct": [["plant", "wide"], ["lift", "slowly"]]},
                {"id": "q-seq", "type": "question", "title": "Order", "interactionType": "sequencing",
                 "choices": [{"id": "plan", "text": "Plan"}, {"id": "grip", "text": "Grip"}, {"id": "lift", "text": "Lift"}],
                 "correct": ["plan", "grip", "lift"]},
                {"id": "q-likert", "type": "question", "title": "Confidence", "interactionType": "likert",
                 "scale": [{"id": "low", "text": "Low"}, {"id": "high", "text": "High"}]},
                {"id": "q-num", "type": "question", "title": "Weight", "interactionType": "numeric",
                 "correct": {"min": 20, "max": 25}},
                {"id": "q-other", "type": "question", "title": "Anything else", "interactionType": "other",
                 "correct": "gloves"}
              ]}
             ]}""";

    /** Correct responses for every question of {@link #COURSE}, as a page hands them in (JSON text). */
    public static final String[][] CORRECT_ANSWERS = {
            {"q-tf", "false"}, {"q-choice", "[\"close\", \"knees\"]"}, {"q-fill", "[\"25\", \"zürich\"]"},
            {"q-long", "\"Keep it close\""}, {"q-match", "[[\"sack\", \"shoulder\"], [\"box\", \"trolley\"]]"},
            {"q-perf", "[[\"plant\", \"wide\"], [\"lift\", \"Slowly\"]]"}, {"q-seq", "[\"plan\", \"grip\", \"lift\"]"},
            {"q-num", "22.5"}, {"q-other", "\"gloves\""}};

    private Fixtures() {
    }

    /** A course with the given {@code sections} JSON and extra top-level members (may be empty). */
    public static String course(String extraMembers, String sections) {
        return "{\"id\": \"" + COURSE_ID + "\", \"title\": \"Safe lifting\", \"language\": \"en-US\""
                + (extraMembers.isEmpty() ? "" : ", " + extraMembers) + ", \"sections\": " + sections + "}";
    }

    /** Publish settings posting to {@code endpoint} with the demo LAP credentials and the given statements. */
    public static String settings(String endpoint, String... statements) {
        StringBuilder list = new StringBuilder();
        for (String statement : statements) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(statement).append('"');
        }
        return "{\"lrs\": {\"endpoint\": \"" + endpoint + "\", \"login\": \"" + LOGIN + "\", \"password\": \"" + PASSWORD
                + "\"}, \"statements\": [" + list + "]}";
    }

    /** Settings selecting all seven statements. */
    public static String allStatements(String endpoint) {
        return settings(endpoint, "started", "progressed", "experienced", "answered", "mastered", "passed", "failed");
    }

    /** The client of the LRS {@code settings} name, as a standalone launch makes it. */
    public static LrsClient lrs(PublishSettings settings, Environment env) {
        return LrsClient.xapi(settings.endpoint(), settings.credentials(), LrsSource.PUBLISH_SETTINGS, env);
    }
}
