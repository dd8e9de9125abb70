package org.courseruntime.publish;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.courseruntime.statement.Verb;
import org.courseruntime.tracking.StatementKind;

/**
 * What the author chose when publishing for a custom LRS: where statements go, with which credentials, and which
 * of the seven statements are sent.
 *
 * @param endpoint    the LRS's xAPI base URL, always ending in {@code /} (statements go to {@code endpoint + "statements"})
 * @param credentials the LAP login and password, or {@code null} when the LRS takes statements without them
 * @param selected    the statements sent; the others are tracked but never sent
 * @param verbs       the verb of each statement kind, defaults replaced by the author's overrides
 */
public record PublishSettings(String endpoint, Credentials credentials, Set<StatementKind> selected,
                              Map<StatementKind, Verb> verbs) {
    public PublishSettings {
        selected = Collections.unmodifiableSet(new HashSet<>(selected));
        verbs = Collections.unmodifiableMap(new LinkedHashMap<>(verbs));
    }

    public boolean isSelected(StatementKind kind) {
        return selected.contains(kind);
    }

    public Verb verb(StatementKind kind) {
        return verbs.get(kind);
    }

    /** The same choices of statements and verbs, sent to another LRS (the one an LMS named at launch). */
    public PublishSettings withLrs(String otherEndpoint, Credentials otherCredentials) {
        return new PublishSettings(otherEndpoint, otherCredentials, selected, verbs);
    }
}
