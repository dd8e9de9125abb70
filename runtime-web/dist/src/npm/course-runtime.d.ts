// Declarations for course-runtime.js, the runtime's JS API (docs/js-api.md is the reference).
//
// Why this form, and not `export =` with `export as namespace`: TeaVM's UMD wrapper puts the exported class as a
// property named `CourseRuntime` on the module's `exports` (CommonJS, AMD) or, loaded by a plain <script>, on the
// global object. So the module is `{CourseRuntime}`: a named export, which `export =` would misstate. And the
// browser global is the CourseRuntime object itself, not the module: `export as namespace` would declare the global
// as the whole module (`CourseRuntime.CourseRuntime.launch`). Hence named exports for a module consumer
// (`import {CourseRuntime} from ...`, `import type {Status} from ...`, or in CommonJS
// `import runtimeModule = require(...)` then `runtimeModule.CourseRuntime`), and `declare global` for the global.
// The global reaches a program once this file is in it: through any import of it (`import type` is enough), or for
// plain scripts through `/// <reference types="@courseruntime/course-runtime" />` or tsconfig's `"types"`.
// This file sits beside course-runtime.js in a CommonJS package (no `"type": "module"`).

import type { CourseDefinition, InteractionType, LanguageMap, Question } from "./course-definition.js";

export * from "./course-definition.js";

/** The global `CourseRuntime`: opens a course and remembers the learner a page named. */
export interface CourseRuntimeStatic {
    /**
     * Opens the course from the texts of `course.json` and `publish-settings.json` (`null` for a file that could not
     * be loaded); an LMS's Tin Can or cmi5 launch parameters in the page URL override the LRS, learner and
     * registration. `learner` names the learner, remembered in the browser for the next visit; with `null`, the
     * remembered learner, or else an anonymous account. Never throws: when anything is unusable, nothing is tracked
     * and `status()` reports `misconfigured` with a `problem`.
     *
     * `Questions` (optional) names each question's interaction type, so that `answer` checks each response's shape:
     * `QuestionTypesOf<typeof course>`, or written out as `{"q-tf": "true-false"}`.
     * @example var runtime = CourseRuntime.launch(courseText, settingsText, null);
     */
    launch<Questions extends QuestionTypes = QuestionTypes>(
        courseJson: string | null,
        publishSettingsJson: string | null,
        learner?: Learner | null,
    ): Runtime<Questions>;

    /**
     * The learner a page handed to `launch` on an earlier visit, or `null` (none, or not a usable xAPI agent): a
     * course can skip its name and e-mail form.
     * @example var learner = CourseRuntime.rememberedLearner(); // {name: "Ada", mbox: "mailto:ada@example.com"}
     */
    rememberedLearner(): Learner | null;

    /**
     * A page's "Sign out": forgets the remembered learner; the page then opens the course afresh. A runtime already
     * launched keeps its learner.
     * @example CourseRuntime.forgetLearner(); location.reload();
     */
    forgetLearner(): void;
}

/** The object `CourseRuntime.launch` returns: the page reports what the learner does through it. */
export interface Runtime<Questions extends QuestionTypes = QuestionTypes> {
    /** The learner starts the course: begins the attempt and sends `started` once; later calls do nothing. */
    start(): void;

    /**
     * The learner views a page: the first view of a content page in an attempt sends `experienced`, then
     * `progressed`; a question page sends nothing. Throws an `Error` for an unknown id.
     */
    viewPage(pageId: string): void;

    /**
     * The learner submits a response, judged at once: `true`/`false` (true-false), a number (numeric), a string
     * (fill-in, long-fill-in, likert, other), a list of texts (fill-in, long-fill-in: one per blank), a list of ids
     * (choice, sequencing), a list of `[left, right]` pairs (matching, performance). Sends `answered`, `progressed` on
     * the first answer, `mastered` when the score reaches the mastery score. A response that does not fit, or a
     * question with no tries left, throws an `Error` that says what was expected, and sends nothing. `null` on a
     * misconfigured course, and while course-check.js checks the texts (the answer is tracked then).
     * @example runtime.answer("q-verbs", ["answered", "passed"]); // {response: "answered[,]passed", correct: true}
     */
    answer<Id extends keyof Questions & string>(questionId: Id, response: ResponseTo<Questions[Id]>): Answer | null;

    /**
     * The learner completes the course: sends `passed` or `failed` once (under cmi5 also `completed`, in Normal
     * mode only) and returns the outcome; later calls return the same and send nothing. `null` until the course is
     * open (the finish is tracked then) and on a misconfigured course.
     */
    finish(): Outcome | null;

    /**
     * The outcome of the attempt once it is finished, as `finish()` returned it, also after a reload or on another
     * device; `null` before (or while the course is not open). Sends nothing.
     */
    outcome(): Outcome | null;

    /** Begins a new attempt: a new registration, nothing carried over, `started` sent again. */
    retake(): void;

    /**
     * The learner leaves. Under cmi5: stores the attempt, sends `terminated` and, once the LMS confirmed it (10 s at
     * most), goes to the LMS's `returnURL` when it gave one. Elsewhere it does nothing.
     */
    exit(): void;

    /** The cmi5 launch as the LMS set it up, or `null` outside cmi5 (and while connecting). */
    cmi5(): Cmi5Launch | null;

    /**
     * Calls `listener(status)` once the course is ready to track (the saved attempt read, the cmi5 session set up);
     * calls made meanwhile are kept and run then, in order, the listener among them: register it first. Never called
     * when the course cannot be tracked.
     */
    onReady(listener: StatusListener): void;

    /** The id of the page the learner was last on in this attempt (where a resumed course reopens), or `null`. */
    position(): string | null;

    /** Progress of the attempt in whole percent, 0 to 100. */
    progress(): number;

    /**
     * How many more answers the question takes in this attempt for a course that sets `tries`; `-1` when it sets no
     * limit, or while the course is not open. At 0, `answer` throws.
     */
    triesLeft(questionId: keyof Questions & string): number;

    /**
     * Whether the page is done in this attempt (a content page viewed, a question answered), also after a resume;
     * `false` until the course is open and for an unknown id.
     */
    isDone(pageId: string): boolean;

    /** The tracking status now, for a "saved" / "offline" indicator. */
    status(): Status;

    /** Calls `listener(status)` on every change of the status. */
    onStatus(listener: StatusListener): void;

    /** The statements the LRS confirmed since the page loaded, oldest first, exactly as sent: for a debug panel. */
    confirmedStatements(): readonly Statement[];

    /**
     * The statements the LRS refused for good since the page loaded (400, 409, 413, a cmi5 rule), kept aside so they
     * do not block the others: for the author.
     */
    setAsideStatements(): readonly SetAsideStatement[];
}

/** Each question's interaction type by question id: lets `answer` check the response's shape. */
export interface QuestionTypes {
    readonly [questionId: string]: InteractionType;
}

/**
 * The question types of a course definition typed with its literal ids (`as const satisfies CourseDefinition`),
 * for `CourseRuntime.launch<QuestionTypesOf<typeof course>>(...)`.
 */
export type QuestionTypesOf<Course extends CourseDefinition> = {
    readonly [Q in QuestionsOf<Course> as Q["id"]]: Q["interactionType"];
};

/** The questions of a course definition type, of every section. */
export type QuestionsOf<Course extends CourseDefinition> = Extract<Course["sections"][number]["pages"][number], Question>;

/** The response `answer` takes for each interaction type (docs/course-definition.md, "the learner's response"). */
export interface Responses {
    "true-false": boolean;
    /** The ids of the choices picked, in any order. */
    choice: readonly string[];
    /** Every choice id, in the learner's order. */
    sequencing: readonly string[];
    /** A text, or one text per blank. */
    "fill-in": string | readonly string[];
    /** A text, or one text per blank. */
    "long-fill-in": string | readonly string[];
    matching: readonly (readonly [sourceId: string, targetId: string])[];
    performance: readonly (readonly [stepId: string, answer: string])[];
    /** One scale point id. */
    likert: string;
    /** Less than 1e15 in size. */
    numeric: number;
    other: string;
}

/** The response to a question of interaction type `Type`; of any question when `Type` is the whole union. */
export type ResponseTo<Type extends InteractionType> = Responses[Type];

/** What `answer` returns: the response as sent in `result.response`, and whether it is right. */
export interface Answer {
    /** In the xAPI response format of the question's type: `"a[,]c"`, `"s1[.]t2"`, `"true"`, `"4.5"`. */
    readonly response: string;
    /** `null` for a question without a correct response (a survey). */
    readonly correct: boolean | null;
}

/**
 * How a finished attempt ended: `{passed: true, mastered: true, progress: 100, scaled: 0.875, raw: 7, max: 8,
 * questions: {"q-actor": true, "q-verbs": false, "q-survey": null}}`. The score members are there together, or not
 * at all for a course without scored questions: test `outcome.scaled !== undefined`.
 */
export type Outcome = ScoredOutcome | UnscoredOutcome;

export interface OutcomeBase {
    /** Judged by the pass criteria. */
    readonly passed: boolean;
    /** Whether the mastery score was reached during the attempt. */
    readonly mastered: boolean;
    /** In whole percent when the attempt finished. */
    readonly progress: number;
    /**
     * Each question answered in the attempt, in answer order: whether its latest answer is right (`null`: a question
     * without a correct response). A question not answered is absent.
     */
    readonly questions: { readonly [questionId: string]: boolean | null };
}

export interface ScoredOutcome extends OutcomeBase {
    /** `raw / max`, 0 to 1. */
    readonly scaled: number;
    /** The points scored: the weights of the questions answered right. */
    readonly raw: number;
    /** The points there are: the weights of all questions. */
    readonly max: number;
}

export interface UnscoredOutcome extends OutcomeBase {
    readonly scaled?: undefined;
    readonly raw?: undefined;
    readonly max?: undefined;
}

/** The one-word tracking state (the table in docs/js-api.md says what each means for the learner). */
export type StatusState =
    /** Every statement made so far is confirmed by the LRS. */
    | "saved"
    /** Statements are on their way. */
    | "sending"
    /** The last try failed (network, timeout, 429, 5xx); statements are kept and retried with backoff. */
    | "retrying"
    /** The browser is offline; statements are kept and sent when it is back online. */
    | "offline"
    /** Everything else is confirmed, but the LRS refused statements for good; they are set aside, `problem` quotes it. */
    | "rejected"
    /** The LRS answered 401/403: statements are kept, nothing more is sent; `problem` says what to do. */
    | "auth-refused"
    /** The LRS answered another 4xx (404, 405...): the URL is wrong; statements are kept, nothing more is sent. */
    | "endpoint-refused"
    /** The course is opening (the saved attempt read, the cmi5 session set up); calls are kept and tracked then. */
    | "connecting"
    /** The definition, settings or launch are unusable, or the LMS refused the launch: nothing is tracked. */
    | "misconfigured";

/**
 * A snapshot of the tracking state: `{state: "saved", queued: 0, sending: 0, confirmed: 1, setAside: 0,
 * persistent: true, problem: null}`.
 */
export interface Status {
    readonly state: StatusState;
    /** Statements kept and waiting to be sent. */
    readonly queued: number;
    /** Statements in the request now in flight. */
    readonly sending: number;
    /** Statements the LRS confirmed since the page loaded. */
    readonly confirmed: number;
    /** Statements the LRS refused for good, kept aside for the author (`setAsideStatements()`). */
    readonly setAside: number;
    /** Whether waiting statements survive a reload (`false` when the browser refuses storage). */
    readonly persistent: boolean;
    /** The last problem in words for the learner and author (never with credentials), or `null`. */
    readonly problem: string | null;
}

/** Called with the status: by `onStatus` on every change, by `onReady` once. */
export type StatusListener = (status: Status) => void;

/**
 * The cmi5 launch as the LMS set it up: `{launchMode: "Normal", masteryScore: 0.8, moveOn: "CompletedAndPassed",
 * returnURL: "https://...", languagePreference: "de-CH,en-US", audioPreference: "off"}`. A course shows no
 * judgement in `Browse` or `Review` mode.
 */
export interface Cmi5Launch {
    readonly launchMode: "Normal" | "Browse" | "Review";
    /** The scaled score passed/failed are judged against, or `null`. */
    readonly masteryScore: number | null;
    readonly moveOn: "Passed" | "Completed" | "CompletedAndPassed" | "CompletedOrPassed" | "NotApplicable" | null;
    /** Where `exit()` takes the learner, or `null`. */
    readonly returnURL: string | null;
    /** The learner's languages in order of preference (`de-CH,en-US`), or `null`. */
    readonly languagePreference: string | null;
    /** `on` or `off` as cmi5 defines it (passed on as the LMS wrote it), or `null`: no preference. */
    readonly audioPreference: string | null;
}

/**
 * The learner as an xAPI agent, identified by an e-mail or an account: `{name: "Ada", mbox: "mailto:ada@example.com"}`.
 * `objectType` is there when the page or LMS wrote it.
 */
export type Learner = EmailLearner | AccountLearner;

export interface EmailLearner {
    readonly objectType?: "Agent";
    readonly name?: string;
    readonly mbox: `mailto:${string}`;
    readonly account?: never;
}

export interface AccountLearner {
    readonly objectType?: "Agent";
    readonly name?: string;
    /** The learner's account on a system: `{homePage: "https://lms.example.com", name: "ada-42"}`. */
    readonly account: { readonly homePage: string; readonly name: string };
    readonly mbox?: never;
}

/** A statement the LRS refused for good, with its reason. */
export interface SetAsideStatement {
    /** The statement's id. */
    readonly id: string;
    /** Why, in the LRS's words. */
    readonly reason: string;
    readonly statement: Statement;
}

/** An xAPI 1.0.3 statement as the runtime sends it (docs/statements.md). */
export interface Statement {
    readonly id: string;
    /** ISO 8601, UTC. */
    readonly timestamp: string;
    readonly actor: Learner;
    readonly verb: { readonly id: string; readonly display: LanguageMap };
    readonly object: StatementActivity;
    readonly result?: StatementResult;
    readonly context?: StatementContext;
}

/** The course, a section, a page or a question. */
export interface StatementActivity {
    readonly objectType: "Activity";
    /** The course IRI, or the course IRI, `/` and the section's or page's id. */
    readonly id: string;
    readonly definition?: {
        readonly type?: string;
        readonly name?: LanguageMap;
        readonly description?: LanguageMap;
        readonly interactionType?: InteractionType;
        /** The correct response, `["a[,]c"]`. */
        readonly correctResponsesPattern?: readonly string[];
        readonly choices?: readonly InteractionComponent[];
        readonly source?: readonly InteractionComponent[];
        readonly target?: readonly InteractionComponent[];
        readonly steps?: readonly InteractionComponent[];
        readonly scale?: readonly InteractionComponent[];
    };
}

export interface InteractionComponent {
    readonly id: string;
    readonly description: LanguageMap;
}

export interface StatementResult {
    readonly score?: { readonly scaled: number; readonly raw: number; readonly min: number; readonly max: number };
    readonly success?: boolean;
    readonly completion?: boolean;
    /** The learner's response in the xAPI format of the question's type. */
    readonly response?: string;
    /** ISO 8601 duration. */
    readonly duration?: string;
    readonly extensions?: { readonly [iri: string]: unknown };
}

/** Under cmi5, written over the LMS's context template, whose other members are passed on as they are. */
export interface StatementContext {
    readonly registration?: string;
    readonly platform?: string;
    readonly language?: string;
    readonly contextActivities?: {
        readonly parent?: readonly ActivityReference[];
        readonly grouping?: readonly ActivityReference[];
        readonly category?: readonly ActivityReference[];
        /** Passed on from the LMS's context template as it wrote it. */
        readonly other?: ActivityReference | readonly ActivityReference[];
    };
    readonly extensions?: { readonly [iri: string]: unknown };
    readonly [member: string]: unknown;
}

export interface ActivityReference {
    readonly objectType?: "Activity";
    readonly id: string;
}

/** course-runtime.js's export: `{CourseRuntime}` under CommonJS or AMD. */
export declare const CourseRuntime: CourseRuntimeStatic;

declare global {
    /** course-runtime.js loaded by a plain <script>: see docs/js-api.md. */
    var CourseRuntime: CourseRuntimeStatic;

    interface Window {
        /** course-runtime.js loaded by a plain <script>; here too for a frame's window (`frame.contentWindow`). */
        CourseRuntime: CourseRuntimeStatic;
        /** The runtime the standard player launched (its course.js sets it), for a page's own scripts and tests. */
        courseRuntime?: Runtime;
    }
}
