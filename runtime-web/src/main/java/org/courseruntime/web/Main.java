package org.courseruntime.web;

import org.teavm.jso.JSExportClasses;

/** TeaVM's entry point: exports {@link CourseRuntime} as the page global {@code window.CourseRuntime}. */
@JSExportClasses({CourseRuntime.class})
public final class Main {
    private Main() {
    }
}
