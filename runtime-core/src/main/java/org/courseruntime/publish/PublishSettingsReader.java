package org.courseruntime.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonObjectView;
import org.courseruntime.json.Problems;
import org.courseruntime.statement.Iri;
import org.courseruntime.statement.Verb;

/**
 * Reads {@code publish-settings.json} and reports every problem at once. The format (see docs/publish-settings.md):
 * <pre>
 * {"lrs": {"endpoint": "https://lrs.example.com/xapi/", "login": "lap", "password": "secret"},
 *  "statements": ["started", "passed", "failed"],
 *  "verbs": {"started": "http://adlnet.gov/expapi/verbs/launched"},
 *  "login": "optional"}
 * </pre>
 */
public final class PublishSettingsReader {
    static final String DOCUMENT = "publish settings";
    private static final String STATEMENTS_SUFFIX = "/statements";

    private PublishSettingsReader() {
    }

    /** The settings in {@code json}; never echoes the password in a problem. */
    public static PublishSettings read(String json) throws InvalidDocumentException {
        Object tree = InvalidDocumentException.parse(DOCUMENT, json);
        Problems problems = new Problems();
        JsonObjectView root = JsonObjectView.of(tree, "", problems);
        if (root == null) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        root.rejectUnknown("lrs", "statements", "verbs", "login");
        String endpoint = null;
        Credentials credentials = null;
        JsonObjectView lrs = root.object("lrs", true);
        if (lrs != null) {
            lrs.rejectUnknown("endpoint", "login", "password");
            endpoint = endpoint(lrs);
            credentials = credentials(lrs);
        }
        List<StatementKind> selected = selected(root);
        Map<StatementKind, Verb> verbs = verbs(root);
        String login = login(root);
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        return new PublishSettings(endpoint, credentials, selected, verbs, login, LrsSource.PUBLISH_SETTINGS);
    }

    /** {@code none} when absent; any other value than the three is named as a problem rather than read as none. */
    private static String login(JsonObjectView root) {
        Object value = root.raw("login");
        if (value == null) {
            return PublishSettings.LOGIN_NONE;
        }
        if (PublishSettings.LOGIN_NONE.equals(value) || PublishSettings.LOGIN_OPTIONAL.equals(value)
                || PublishSettings.LOGIN_REQUIRED.equals(value)) {
            return (String) value;
        }
        root.problem("login", "must be \"none\", \"optional\" or \"required\"");
        return null;
    }

    private static String endpoint(JsonObjectView lrs) {
        String endpoint = lrs.requiredString("endpoint");
        if (endpoint == null) {
            return null;
        }
        if (!Iri.isHttpUrl(endpoint)) {
            lrs.problem("endpoint", "must be an http:// or https:// URL");
            return null;
        }
        if (hasUserInfo(endpoint)) {
            lrs.problem("endpoint", "must not contain a login or password: use lrs.login and lrs.password");
            return null;
        }
        if (endpoint.indexOf('?') >= 0 || endpoint.indexOf('#') >= 0) {
            lrs.problem("endpoint", "must not contain a query or fragment");
            return null;
        }
        // Authors often paste the statements resource itself; the xAPI base is what the runtime needs.
        if (endpoint.endsWith(STATEMENTS_SUFFIX)) {
            endpoint = endpoint.substring(0, endpoint.length() - STATEMENTS_SUFFIX.length());
        }
        return endpoint.endsWith("/") ? endpoint : endpoint + "/";
    }

    private static boolean hasUserInfo(String url) {
        int authorityStart = url.indexOf("//") + 2;
        int authorityEnd = url.indexOf('/', authorityStart);
        String authority = authorityEnd < 0 ? url.substring(authorityStart) : url.substring(authorityStart, authorityEnd);
        return authority.indexOf('@') >= 0;
    }

    private static Credentials credentials(JsonObjectView lrs) {
        if (!lrs.has("login") && !lrs.has("password")) {
            return null;
        }
        String login = lrs.requiredString("login");
        String password = lrs.requiredString("password");
        if (login != null && login.indexOf(':') >= 0) {
            lrs.problem("login", "must not contain ':' (HTTP Basic authentication cannot carry it)");
            return null;
        }
        return login == null || password == null ? null : new Credentials(login, password);
    }

    private static List<StatementKind> selected(JsonObjectView root) {
        List<?> names = root.array("statements", true);
        List<StatementKind> selected = new ArrayList<>();
        if (names == null) {
            return selected;
        }
        for (int i = 0; i < names.size(); i++) {
            StatementKind kind = names.get(i) instanceof String name ? StatementKind.byKey(name) : null;
            if (kind == null) {
                root.problem("statements", "item " + i + " is not one of " + StatementKind.allKeys());
            } else if (selected.indexOf(kind) >= 0) {
                root.problem("statements", "item " + i + " repeats \"" + kind.key() + "\"");
            } else {
                selected.add(kind);
            }
        }
        return selected;
    }

    private static Map<StatementKind, Verb> verbs(JsonObjectView root) {
        Map<StatementKind, Verb> verbs = new OrderedMap<>();
        for (StatementKind kind : StatementKind.values()) {
            verbs.put(kind, kind.defaultVerb());
        }
        JsonObjectView overrides = root.object("verbs", false);
        if (overrides == null) {
            return verbs;
        }
        for (Object key : overrides.keys()) {
            StatementKind kind = StatementKind.byKey((String) key);
            String iri = overrides.optionalString((String) key);
            if (kind == null) {
                overrides.problem((String) key, "is not one of " + StatementKind.allKeys());
            } else if (iri != null && !Iri.isAbsolute(iri)) {
                overrides.problem((String) key, "must be an absolute IRI such as http://adlnet.gov/expapi/verbs/launched");
            } else if (iri != null) {
                verbs.put(kind, new Verb(iri, kind.key()));
            }
        }
        return verbs;
    }
}
