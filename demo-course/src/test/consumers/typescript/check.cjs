// What an authoring tool's Node build step does before publishing: checks each course.json named on the command line
// with the package's course-check.js, the publisher's own check, and prints its problems as JSON.
const { CourseCheck } = require("@courseruntime/course-runtime/check");
const { readFileSync } = require("node:fs");

for (const file of process.argv.slice(2)) {
    console.log(file + ": " + JSON.stringify(CourseCheck.checkCourse(readFileSync(file, "utf8"))));
}
