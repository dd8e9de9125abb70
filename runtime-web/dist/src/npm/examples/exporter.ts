// An authoring tool's exporter, in Node: builds course.json and publish-settings.json for a one-section course,
// checks both texts with course-check.js (the publisher's own check) and writes them to a course folder; then
// `course-tools publish` (README) stamps the folder and adds course-runtime.js and the standard player.
// Run: node exporter.js [folder]. The end of the file is what the course page does in the browser.

import type { CourseDefinition, Outcome, PublishSettings, QuestionTypesOf, Status } from "@courseruntime/course-runtime";
import courseCheck = require("@courseruntime/course-runtime/course-check.js");
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// `as const` keeps the page ids and interaction types as literal types, for QuestionTypesOf below; `satisfies`
// checks the shape without widening them.
const course = {
    id: "https://courses.example.com/safe-lifting",
    title: { "en-US": "Safe lifting", "de-DE": "Sicheres Heben" },
    language: "en-US",
    masteryScore: 0.8,
    tries: 2,
    passCriteria: { minimumScore: 0.5 },
    sections: [
        {
            id: "basics",
            title: "The basics",
            pages: [
                {
                    id: "welcome",
                    type: "content",
                    title: "Welcome",
                    body: "Most back injuries at work come from lifting.\n\n- bend your **knees**\n- keep the load close",
                },
                {
                    id: "q-posture",
                    type: "question",
                    title: "Posture",
                    prompt: "Which of these protect your back? Choose all that apply.",
                    interactionType: "choice",
                    choices: [
                        { id: "knees", text: "Bending the knees" },
                        { id: "close", text: "Keeping the load close" },
                        { id: "fast", text: "Lifting fast" },
                    ],
                    correct: ["knees", "close"],
                    weight: 2,
                },
                {
                    id: "q-twist",
                    type: "question",
                    title: "Twisting",
                    prompt: "Twisting while you lift is safe if the load is light.",
                    interactionType: "true-false",
                    correct: false,
                    explanation: "Turn with your feet: twisting loads the spine unevenly, whatever the weight.",
                },
            ],
        },
    ],
} as const satisfies CourseDefinition;

const settings: PublishSettings = {
    lrs: { endpoint: "https://lrs.example.com/xapi/", login: "safe-lifting-lap", password: "the LAP secret" },
    statements: ["started", "progressed", "experienced", "answered", "mastered", "passed", "failed"],
    verbs: { started: "http://adlnet.gov/expapi/verbs/launched" },
    login: "optional",
};

/** Writes the course's two documents to `folder`, or prints every problem course-check.js finds and writes nothing. */
export function exportCourse(folder: string): boolean {
    const courseText = JSON.stringify(course, null, 2);
    const settingsText = JSON.stringify(settings, null, 2);
    const problems = [
        ...courseCheck.CourseCheck.checkCourse(courseText).map((problem) => "course.json: " + problem),
        ...courseCheck.CourseCheck.checkPublishSettings(settingsText).map((problem) => "publish-settings.json: " + problem),
    ];
    if (problems.length > 0) {
        problems.forEach((problem) => console.error(problem));
        return false;
    }
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, "course.json"), courseText + "\n");
    writeFileSync(join(folder, "publish-settings.json"), settingsText + "\n");
    return true;
}

if (require.main === module) {
    process.exitCode = exportCourse(process.argv[2] ?? "course") ? 0 : 1;
}

// ---- In the course page (a browser, course-runtime.js loaded by a <script>): the global CourseRuntime. ----------

/** What a tracking indicator says for each state; `never` makes tsc name a state the switch forgets. */
function describe(status: Status): string {
    switch (status.state) {
        case "saved":
            return "All saved";
        case "sending":
        case "connecting":
            return "Saving…";
        case "retrying":
        case "offline":
            return "Saved on this device, will be sent later";
        case "rejected":
        case "auth-refused":
        case "endpoint-refused":
            return "Saved on this device, not sent: " + (status.problem ?? "");
        case "misconfigured":
            return "Results are not recorded: " + (status.problem ?? "");
        default: {
            const unknown: never = status.state;
            return unknown;
        }
    }
}

function describeOutcome(outcome: Outcome): string {
    const score = outcome.scaled !== undefined ? ` with ${outcome.raw} of ${outcome.max} points` : "";
    return (outcome.passed ? "Passed" : "Not passed") + score;
}

/** Launches the course from the texts the page loaded, and reports a learner's walk through it. */
export function runInTheCoursePage(courseText: string | null, settingsText: string | null, email: string): void {
    const indicator = document.getElementById("tracking-status");
    // The question types from the definition: answer() then takes a list for q-posture and a boolean for q-twist.
    const runtime = CourseRuntime.launch<QuestionTypesOf<typeof course>>(courseText, settingsText, {
        name: "Ada",
        mbox: `mailto:${email}`,
    });
    runtime.onStatus((status) => {
        if (indicator) indicator.textContent = describe(status);
    });
    runtime.onReady(() => {
        const cmi5 = runtime.cmi5();
        if (cmi5 && cmi5.launchMode !== "Normal") console.info(cmi5.launchMode + " mode: nothing is judged");
    });
    runtime.start();
    runtime.viewPage(runtime.position() ?? "welcome");
    const posture = runtime.answer("q-posture", ["knees", "close"]);
    if (posture && posture.correct === false && runtime.triesLeft("q-posture") > 0) console.info("Try again");
    runtime.answer("q-twist", false);
    const outcome = runtime.outcome() ?? runtime.finish();
    if (outcome) console.info(describeOutcome(outcome), runtime.progress() + "%");
}
