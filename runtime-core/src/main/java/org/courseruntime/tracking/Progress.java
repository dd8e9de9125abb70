package org.courseruntime.tracking;

import org.courseruntime.course.CourseDefinition;
import org.courseruntime.course.Page;
import org.courseruntime.course.Section;

/**
 * Progress through the course: every page counts one step, done when a content page was viewed or a question
 * answered. Reported in whole percent, rounded down so that 100 means everything is done.
 */
final class Progress {
    private Progress() {
    }

    static int percent(CourseDefinition course, Attempt attempt) {
        int total = 0;
        int done = 0;
        for (Page page : course.pages()) {
            total++;
            done += isDone(page, attempt) ? 1 : 0;
        }
        return (int) (100L * done / total);
    }

    static boolean isComplete(Section section, Attempt attempt) {
        for (Page page : section.pages()) {
            if (!isDone(page, attempt)) {
                return false;
            }
        }
        return true;
    }

    static boolean isDone(Page page, Attempt attempt) {
        return page.isQuestion() ? attempt.answers.containsKey(page.id()) : attempt.viewed.indexOf(page.id()) >= 0;
    }
}
