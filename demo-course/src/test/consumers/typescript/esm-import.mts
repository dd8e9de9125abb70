// The checker's types reached from an ES module (moduleResolution node16), as check.mjs imports it.
import { CourseCheck } from "@courseruntime/course-runtime/check";

export const problems: string[] = CourseCheck.checkCourse("{}");
