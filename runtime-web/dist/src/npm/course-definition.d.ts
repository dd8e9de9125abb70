// The two author documents, course.json and publish-settings.json, as TypeScript types for an authoring tool that
// exports them: docs/course-definition.md and docs/publish-settings.md are the reference. The types catch the shape
// (members, their types, each interaction type's own members); course-check.js checks everything else (ids that
// exist, unique ids, language tags, ranges): run it on the serialised text before publishing.
//
// Arrays are `readonly` so that a definition written `as const` (to keep its ids as literal types, see
// `QuestionTypesOf` in course-runtime.d.ts) is accepted; a plain mutable array is accepted as well.

/** A text in several languages: language tag (`en-US`) to text. */
export interface LanguageMap {
    readonly [languageTag: string]: string;
}

/** A text of the course: a string in the course's `language`, or a language map sent as it is. */
export type CourseText = string | LanguageMap;

/**
 * `course.json`: what the runtime tracks and what the standard player shows. Unknown members are errors.
 * @example
 * const course: CourseDefinition = {id: "https://courses.example.com/safe-lifting", title: "Safe lifting",
 *     language: "en-US", sections: [{id: "basics", title: "Basics", pages: [{id: "welcome", type: "content", title: "Welcome"}]}]};
 */
export interface CourseDefinition {
    /** Where an editor finds the JSON Schema of this file (the runtime ignores it): `./node_modules/@courseruntime/course-runtime/schema/course.schema.json`. */
    readonly $schema?: string;
    /** The course activity IRI, stable across republishing: `https://courses.example.com/xapi-in-ten-minutes`. */
    readonly id: string;
    /** The course activity's `definition.name`. */
    readonly title: CourseText;
    /** The language of the content, an RFC 5646 tag (`en-US`); the language of plain-string texts. */
    readonly language: string;
    /** The scaled score (0 to 1) at which `mastered` is sent; without it, never. */
    readonly masteryScore?: number;
    /** How many answers each question takes in an attempt (a whole number, 1 or more); the latest counts. Without it, no limit. */
    readonly tries?: number;
    /** What a completed attempt needs to pass; without it, completing it is enough. */
    readonly passCriteria?: PassCriteria;
    /** At least one. */
    readonly sections: readonly Section[];
}

export interface PassCriteria {
    /** The scaled score (0 to 1) a completed attempt needs to pass; default 0. */
    readonly minimumScore?: number;
    /** Ids of the sections that must be completed (every content page viewed, every question answered) to pass. */
    readonly requiredSections?: readonly string[];
}

export interface Section {
    /** Letters, digits, `-`, `_` and `.`; unique among the section and page ids of the course. */
    readonly id: string;
    readonly title: CourseText;
    /** At least one. */
    readonly pages: readonly Page[];
}

/** A page of a section: content, or a question (discriminated by `type`, then by `interactionType`). */
export type Page = ContentPage | Question;

/** Scorable content: its first view in an attempt sends `experienced`. */
export interface ContentPage {
    /** Letters, digits, `-`, `_` and `.`; unique among the section and page ids of the course. */
    readonly id: string;
    readonly type: "content";
    readonly title: CourseText;
    /** Markdown (or a language map of Markdown) the standard player shows; HTML is limited to a safe set. */
    readonly body?: CourseText;
}

/** The ten xAPI interaction types a question can be. */
export type InteractionType =
    | "true-false"
    | "choice"
    | "fill-in"
    | "long-fill-in"
    | "matching"
    | "performance"
    | "sequencing"
    | "likert"
    | "numeric"
    | "other";

/** A question, one member per interaction type: `interactionType` says which members it has besides these. */
export type Question =
    | TrueFalseQuestion
    | ChoiceQuestion
    | FillInQuestion
    | LongFillInQuestion
    | MatchingQuestion
    | PerformanceQuestion
    | SequencingQuestion
    | LikertQuestion
    | NumericQuestion
    | OtherQuestion;

/** What every question has, whatever its interaction type. */
export interface QuestionBase {
    /** Letters, digits, `-`, `_` and `.`; unique among the section and page ids of the course. */
    readonly id: string;
    readonly type: "question";
    readonly title: CourseText;
    readonly prompt?: CourseText;
    /** Shown by the standard player with the feedback. */
    readonly explanation?: CourseText;
    /** The question's share of the course score: default 1, at least 0 (0: not scored). */
    readonly weight?: number;
}

/** A choice, a source or target of a matching, a step of a performance, a point of a likert scale. */
export interface Component {
    /** Letters, digits, `-`, `_` and `.`; unique in its list. */
    readonly id: string;
    readonly text: CourseText;
}

/** A `[left, right]` pair: `[source id, target id]` (matching) or `[step id, answer]` (performance). */
export type Pair = readonly [left: string, right: string];

/** Response `true` or `false`. */
export interface TrueFalseQuestion extends QuestionBase {
    readonly interactionType: "true-false";
    readonly correct: boolean;
}

/** Response: the ids of the choices picked; right when it is the set `correct`, in any order. */
export interface ChoiceQuestion extends QuestionBase {
    readonly interactionType: "choice";
    /** At least two. */
    readonly choices: readonly Component[];
    /** The choice ids of the right response, e.g. `["a", "c"]`. */
    readonly correct: readonly string[];
}

/** Response: every choice id, in order. */
export interface SequencingQuestion extends QuestionBase {
    readonly interactionType: "sequencing";
    /** At least two. */
    readonly choices: readonly Component[];
    /** Every choice id, each once, in the right order. */
    readonly correct: readonly string[];
}

/** What fill-in and long-fill-in questions share. Response: a text, or one text per blank. */
interface TextQuestionBase extends QuestionBase {
    /** A text or one text per blank; without it, never judged. */
    readonly correct?: string | readonly string[];
    /** Whether case counts when the response is compared (surrounding spaces never do); default false. */
    readonly caseMatters?: boolean;
}

export interface FillInQuestion extends TextQuestionBase {
    readonly interactionType: "fill-in";
}

/** Like fill-in, for a longer text. */
export interface LongFillInQuestion extends TextQuestionBase {
    readonly interactionType: "long-fill-in";
}

/** Response: `[source id, target id]` pairs. */
export interface MatchingQuestion extends QuestionBase {
    readonly interactionType: "matching";
    /** At least two. */
    readonly source: readonly Component[];
    /** At least two. */
    readonly target: readonly Component[];
    /** The right pairs `[source id, target id]`, as a set. */
    readonly correct: readonly Pair[];
}

/** Response: `[step id, answer]` pairs. */
export interface PerformanceQuestion extends QuestionBase {
    readonly interactionType: "performance";
    /** At least two. */
    readonly steps: readonly Component[];
    /** The right `[step id, answer]` pairs; answers compare ignoring case. */
    readonly correct: readonly Pair[];
}

/** Response: one scale point id. Usually a survey, without `correct`. */
export interface LikertQuestion extends QuestionBase {
    readonly interactionType: "likert";
    /** At least two points. */
    readonly scale: readonly Component[];
    /** A scale point id; usually none (a survey). */
    readonly correct?: string;
}

/** Response: a number. */
export interface NumericQuestion extends QuestionBase {
    readonly interactionType: "numeric";
    /** The right number, or a range `{min: 1, max: 5}` (either bound may be left out). Less than 1e15 in size. */
    readonly correct: number | NumericRange;
}

/** A range of right numbers, bounds included: at least one bound. */
export type NumericRange = { readonly min: number; readonly max?: number } | { readonly min?: number; readonly max: number };

/** Response: free text. */
export interface OtherQuestion extends QuestionBase {
    readonly interactionType: "other";
    /** The right text, compared ignoring case and surrounding spaces; usually none. */
    readonly correct?: string;
}

/** The seven statements an author can select in the publish settings. */
export type StatementName = "started" | "progressed" | "experienced" | "answered" | "mastered" | "passed" | "failed";

/**
 * `publish-settings.json`: what the author chose when publishing for a custom LRS. Unknown members are errors.
 * @example
 * const settings: PublishSettings = {lrs: {endpoint: "https://lrs.example.com/xapi/", login: "course-lap", password: "secret"},
 *     statements: ["started", "answered", "passed", "failed"], login: "optional"};
 */
export interface PublishSettings {
    /** Where an editor finds the JSON Schema of this file (the runtime ignores it). */
    readonly $schema?: string;
    readonly lrs: Lrs;
    /** The statements sent, by name, each once (may be empty: a statement not listed is tracked, never sent). */
    readonly statements: readonly StatementName[];
    /** A verb IRI per statement name, replacing the default (`started` is `http://adlnet.gov/expapi/verbs/attempted`). */
    readonly verbs?: { readonly [Name in StatementName]?: string };
    /** Whether the course asks who the learner is; default `"none"`. */
    readonly login?: "none" | "optional" | "required";
}

/** The LRS, with the Learning Activity Provider's credentials (both or neither). */
export type Lrs = LrsWithCredentials | LrsWithoutCredentials;

export interface LrsWithCredentials {
    /** The xAPI base URL, `http://` or `https://`, without login, query or fragment: `https://lrs.example.com/xapi/`. */
    readonly endpoint: string;
    /** Sent as HTTP Basic; cannot contain `:`. */
    readonly login: string;
    readonly password: string;
}

export interface LrsWithoutCredentials {
    /** The xAPI base URL, `http://` or `https://`, without login, query or fragment: `https://lrs.example.com/xapi/`. */
    readonly endpoint: string;
    readonly login?: never;
    readonly password?: never;
}
