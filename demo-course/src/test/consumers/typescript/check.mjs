// check.cjs as an ES module: the named import of the package's checker, which Node resolves to its ES module wrapper.
import { CourseCheck } from "@courseruntime/course-runtime/check";
import { readFileSync } from "node:fs";

for (const file of process.argv.slice(2)) {
    console.log(file + ": " + JSON.stringify(CourseCheck.checkCourse(readFileSync(file, "utf8"))));
}
