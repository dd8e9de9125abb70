package org.courseruntime.tools.lrscheck;

/**
 * One point of the LRS check and what it found: passed, failed with the fix in one sentence, a warning (the course
 * works with less), or not checked because an earlier point failed.
 *
 * @param point   what was checked, e.g. "Credentials"
 * @param outcome passed, failed, a warning or not checked
 * @param finding what the LRS answered, in an author's words
 * @param fix     what to do, one sentence; empty when it passed
 */
public record CheckPoint(String point, Outcome outcome, String finding, String fix) {
    /** WARNING: the course works, with less (the State API: resume stays on one device); it does not stop a publish. */
    public enum Outcome { PASSED, FAILED, WARNING, NOT_CHECKED }

    static CheckPoint passed(String point, String finding) {
        return new CheckPoint(point, Outcome.PASSED, finding, "");
    }

    static CheckPoint failed(String point, String finding, String fix) {
        return new CheckPoint(point, Outcome.FAILED, finding, fix);
    }

    static CheckPoint warning(String point, String finding, String fix) {
        return new CheckPoint(point, Outcome.WARNING, finding, fix);
    }

    static CheckPoint notChecked(String point, String why) {
        return new CheckPoint(point, Outcome.NOT_CHECKED, why, "");
    }

    /** The line the command line prints, e.g. {@code FAILED  Credentials: the LRS refused them (401). Fix: ...}. */
    @Override
    public String toString() {
        String label = switch (outcome) {
            case PASSED -> "passed     ";
            case FAILED -> "FAILED     ";
            case WARNING -> "warning    ";
            case NOT_CHECKED -> "not checked";
        };
        return label + " " + point + ": " + finding + (fix.isEmpty() ? "" : " Fix: " + fix);
    }
}
