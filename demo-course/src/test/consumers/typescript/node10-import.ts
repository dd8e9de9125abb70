// The checker's types reached by TypeScript's older module resolution (node10, the default for module commonjs),
// which does not read package.json's exports.
import checker = require("@courseruntime/course-runtime/check");

export const problems: string[] = checker.CourseCheck.checkCourse("{}");
