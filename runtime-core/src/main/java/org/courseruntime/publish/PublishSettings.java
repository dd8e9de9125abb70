package org.courseruntime.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.lrs.Credentials;
import org.courseruntime.statement.Verb;

/**
 * What the author chose when publishing for a custom LRS: where statements go, with which credentials, which of
 * the seven statements are sent, and whether the course asks the learner who they are.
 *
 * @param endpoint    the LRS's xAPI base URL, always ending in {@code /} (statements go to {@code endpoint + "statements"})
 * @param credentials the LAP login and password, or {@code null} when the LRS takes statements without them
 * @param selected    the statements sent; the others are tracked but never sent
 * @param verbs       the verb of each statement kind, defaults replaced by the author's overrides
 * @param login       whether the course page asks the learner's name and e-mail before the course starts:
 *                    {@link #LOGIN_NONE}, {@link #LOGIN_OPTIONAL} or {@link #LOGIN_REQUIRED} (the page reads it from
 *                    the settings text; under an LMS's launch the LMS names the learner and no one is asked)
 */
public record PublishSettings(String endpoint, Credentials credentials, List<StatementKind> selected,
                              Map<StatementKind, Verb> verbs, String login) {
    // Strings, not an enum: the runtime never reads the choice (the page does), and an enum cost it 270 B gzip.
    /** No form: the learner is an anonymous account, remembered in the browser (the default). */
    public static final String LOGIN_NONE = "none";
    /** A name and e-mail form the learner may skip (then an anonymous account). */
    public static final String LOGIN_OPTIONAL = "optional";
    /** A name and e-mail form the learner must fill in before the course starts. */
    public static final String LOGIN_REQUIRED = "required";

    public PublishSettings {
        selected = new ArrayList<>(selected);
        verbs = new OrderedMap<>(verbs);
    }

    public boolean isSelected(StatementKind kind) {
        return selected.indexOf(kind) >= 0;
    }

    public Verb verb(StatementKind kind) {
        return verbs.get(kind);
    }
}
