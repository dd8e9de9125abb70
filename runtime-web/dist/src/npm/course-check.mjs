// course-check.js for Node's ES modules: its UMD wrapper hides the named export from Node's CommonJS detection, so
// `import {CourseCheck} from "@courseruntime/course-runtime/check"` takes it from here.
import checker from "./course-check.js";

export const CourseCheck = checker.CourseCheck;
export default checker;
