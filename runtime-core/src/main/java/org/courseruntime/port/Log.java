package org.courseruntime.port;

/** Where the runtime reports problems for the author (the browser console). Never given credentials. */
public interface Log {
    void error(String message);

    void warn(String message);
}
