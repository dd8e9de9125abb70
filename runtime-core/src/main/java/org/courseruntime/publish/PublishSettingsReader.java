package org.courseruntime.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.lrs.Credentials;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.Problems;
import org.courseruntime.statement.Verb;

/**
 * Builds the publish settings from {@code publish-settings.json}: from its text, checked first ({@link #read}), or
 * from a document already checked ({@link #fromChecked}), as the learner's runtime does for a course whose
 * publisher stamp vouches for it. The format (see docs/publish-settings.md):
 * <pre>
 * {"lrs": {"endpoint": "https://lrs.example.com/xapi/", "login": "lap", "password": "secret"},
 *  "statements": ["started", "passed", "failed"],
 *  "verbs": {"started": "http://adlnet.gov/expapi/verbs/launched"},
 *  "login": "optional"}
 * </pre>
 */
public final class PublishSettingsReader {
    public static final String DOCUMENT = "publish settings";
    private static final String STATEMENTS_SUFFIX = "/statements";

    private PublishSettingsReader() {
    }

    /** The settings in {@code json}, or every problem of them at once (never echoing the password). */
    public static PublishSettings read(String json) throws InvalidDocumentException {
        Object tree = InvalidDocumentException.parse(DOCUMENT, json);
        Problems problems = PublishSettingsCheck.problems(tree);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        return fromChecked(tree);
    }

    /** The settings of a parsed document that {@link PublishSettingsCheck} found no problem in. */
    public static PublishSettings fromChecked(Object tree) {
        Map<?, ?> root = (Map<?, ?>) tree;
        Map<?, ?> lrs = (Map<?, ?>) root.get("lrs");
        Object login = lrs.get("login");
        List<StatementKind> selected = new ArrayList<>();
        for (Object name : (List<?>) root.get("statements")) {
            selected.add(StatementKind.byKey((String) name));
        }
        return new PublishSettings(endpoint((String) lrs.get("endpoint")),
                login == null ? null : new Credentials((String) login, (String) lrs.get("password")), selected,
                verbs((Map<?, ?>) root.get("verbs")), root.get("login") == null ? PublishSettings.LOGIN_NONE
                : (String) root.get("login"));
    }

    /** The xAPI base: authors often paste the statements resource itself, and the runtime needs a trailing '/'. */
    private static String endpoint(String endpoint) {
        String base = endpoint.endsWith(STATEMENTS_SUFFIX)
                ? endpoint.substring(0, endpoint.length() - STATEMENTS_SUFFIX.length()) : endpoint;
        return base.endsWith("/") ? base : base + "/";
    }

    private static Map<StatementKind, Verb> verbs(Map<?, ?> overrides) {
        Map<StatementKind, Verb> verbs = new OrderedMap<>();
        for (StatementKind kind : StatementKind.values()) {
            Object iri = overrides == null ? null : overrides.get(kind.key());
            verbs.put(kind, iri == null ? kind.defaultVerb() : new Verb((String) iri, kind.key()));
        }
        return verbs;
    }
}
