// Declarations for course-check.mjs, the ES module form of course-check.js (see course-check.d.ts).
import type { CourseCheckStatic } from "./course-check.js";

export type { CourseCheckStatic };
export declare const CourseCheck: CourseCheckStatic;
declare const checker: { readonly CourseCheck: CourseCheckStatic };
export default checker;
