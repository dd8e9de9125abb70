// Deliberately wrong uses of the API, one error of each kind: tsc --noEmit -p tsconfig.wrong-call.json must fail with
// exactly the four errors named at the end of the lines it reports them on (TypeScript 5.9's words; for the last, the
// list of types after "to type" is in an order of tsc's own).

import type { CourseDefinition } from "@courseruntime/course-runtime";

const runtime = CourseRuntime.launch<{ "q-tf": "true-false" }>("{}", null, null);

runtime.answer(); // error TS2554: Expected 2 arguments, but got 0.
runtime.answer("q-tf", "true"); // error TS2345: Argument of type 'string' is not assignable to parameter of type 'boolean'.
if (runtime.status().state === "failed") runtime.retake(); // error TS2367: This comparison appears to be unintentional because the types 'StatusState' and '"failed"' have no overlap.

export const course: CourseDefinition = {
    id: "https://courses.example.com/wrong",
    title: "Wrong",
    language: "en-US",
    sections: [{ id: "s", title: "S", pages: [{ id: "q", type: "question", title: "Q", interactionType: "slider" }] }], // error TS2322: Type '"slider"' is not assignable to type '"numeric" | "other" | ...'.
};
