package org.courseruntime.web.check;

import org.teavm.jso.JSExportClasses;

/** TeaVM's entry point for {@code course-check.js}: exports {@link CourseCheck} as the global {@code CourseCheck}. */
@JSExportClasses({CourseCheck.class})
public final class Main {
    private Main() {
    }
}
