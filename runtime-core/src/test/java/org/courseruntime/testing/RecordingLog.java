package org.courseruntime.testing;

import java.util.ArrayList;
import java.util.List;
import org.courseruntime.port.Log;

/** A console that keeps what it was told. */
public final class RecordingLog implements Log {
    public final List<String> errors = new ArrayList<>();
    public final List<String> warnings = new ArrayList<>();

    @Override
    public void error(String message) {
        errors.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }
}
