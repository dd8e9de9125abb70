// Declarations for course-check.js, the publisher's full check of course.json and publish-settings.json
// (docs/js-api.md, "course-check.js"), for an authoring tool in a browser or in Node.
//
// The form follows course-runtime.d.ts (see its opening comment): TeaVM's UMD wrapper sets `exports.CourseCheck`
// (CommonJS: `require("./course-check.js").CourseCheck`), or the global `CourseCheck` under a plain <script>.
// From a Node ES module, `import {CourseCheck} from "@courseruntime/course-runtime/check"` resolves to course-check.mjs
// (course-check.d.mts), which re-exports what Node cannot see in the minified wrapper.

/** The global `CourseCheck`, or `require("./course-check.js").CourseCheck`. */
export interface CourseCheckStatic {
    /**
     * Every problem of the text of `course.json`, with its location, in file order, in the publisher's words; an
     * empty array when the course can be used. `null`: no file.
     * @example CourseCheck.checkCourse(courseJsonText);
     * // ["title.de_DE: is not a language tag such as en-US", "sections[0].pages[1].correct: \"c\" is not a choice id (a, b)"]
     */
    checkCourse(courseJson: string | null): string[];

    /**
     * Every problem of the text of `publish-settings.json`, as `checkCourse` reports them; a problem never echoes the
     * password. `null`: no file.
     * @example CourseCheck.checkPublishSettings(settingsJsonText); // []
     */
    checkPublishSettings(publishSettingsJson: string | null): string[];
}

/** course-check.js's export: `{CourseCheck}` under CommonJS or AMD. */
export declare const CourseCheck: CourseCheckStatic;

declare global {
    /** course-check.js loaded by a plain <script> (the runtime loads it beside course-runtime.js when it needs it). */
    var CourseCheck: CourseCheckStatic;
}
