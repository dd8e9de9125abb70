package org.courseruntime.tools;

import java.io.IOException;
import java.net.BindException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** A file or network failure in the words an author needs, without a stack trace. */
final class IoProblems {
    private IoProblems() {
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            // The JDK's message is the bare path; the tools' own already say what is wrong with it.
            return missing.getMessage().contains(" ") ? missing.getMessage() : missing.getMessage() + " does not exist";
        }
        if (e instanceof AccessDeniedException denied) {
            return denied.getMessage() + ": permission denied";
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }

    /** The message for a port that cannot be listened on. */
    static String port(int port, String option, BindException e) {
        return "port " + port + " on 127.0.0.1 is in use (" + e.getMessage() + "): choose another with " + option;
    }
}
