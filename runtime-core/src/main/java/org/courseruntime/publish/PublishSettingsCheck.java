package org.courseruntime.publish;

import java.util.ArrayList;
import java.util.List;
import org.courseruntime.json.JsonObjectView;
import org.courseruntime.json.Problems;
import org.courseruntime.statement.Iri;

/**
 * Every problem of parsed publish settings at once, each with its location (e.g. {@code lrs.endpoint: missing});
 * never echoes the password. The format is in docs/publish-settings.md; {@link PublishSettingsReader} builds the
 * settings from a document this passed.
 */
public final class PublishSettingsCheck {
    private PublishSettingsCheck() {
    }

    /** The problems of {@code tree}, none when it is publish settings. */
    public static Problems problems(Object tree) {
        Problems problems = new Problems();
        JsonObjectView root = JsonObjectView.of(tree, "", problems);
        if (root == null) {
            return problems;
        }
        root.rejectUnknown("$schema", "lrs", "statements", "verbs", "login");
        root.optionalString("$schema"); // where an editor finds the JSON Schema of this file; the runtime ignores it
        JsonObjectView lrs = root.object("lrs", true);
        if (lrs != null) {
            lrs.rejectUnknown("endpoint", "login", "password");
            endpoint(lrs);
            credentials(lrs);
        }
        selected(root);
        verbs(root);
        login(root);
        return problems;
    }

    /** Absent means none; any other value than the three is named as a problem rather than read as none. */
    private static void login(JsonObjectView root) {
        Object value = root.raw("login");
        if (value != null && !PublishSettings.LOGIN_NONE.equals(value) && !PublishSettings.LOGIN_OPTIONAL.equals(value)
                && !PublishSettings.LOGIN_REQUIRED.equals(value)) {
            root.problem("login", "must be \"none\", \"optional\" or \"required\"");
        }
    }

    private static void endpoint(JsonObjectView lrs) {
        String endpoint = lrs.requiredString("endpoint");
        if (endpoint == null) {
            return;
        }
        if (!Iri.isHttpUrl(endpoint)) {
            lrs.problem("endpoint", "must be an http:// or https:// URL");
        } else if (hasUserInfo(endpoint)) {
            lrs.problem("endpoint", "must not contain a login or password: use lrs.login and lrs.password");
        } else if (endpoint.indexOf('?') >= 0 || endpoint.indexOf('#') >= 0) {
            lrs.problem("endpoint", "must not contain a query or fragment");
        }
    }

    private static boolean hasUserInfo(String url) {
        int authorityStart = url.indexOf("//") + 2;
        int authorityEnd = url.indexOf('/', authorityStart);
        String authority = authorityEnd < 0 ? url.substring(authorityStart) : url.substring(authorityStart, authorityEnd);
        return authority.indexOf('@') >= 0;
    }

    private static void credentials(JsonObjectView lrs) {
        if (!lrs.has("login") && !lrs.has("password")) {
            return;
        }
        String login = lrs.requiredString("login");
        lrs.requiredString("password");
        if (login != null && login.indexOf(':') >= 0) {
            lrs.problem("login", "must not contain ':' (HTTP Basic authentication cannot carry it)");
        }
    }

    private static void selected(JsonObjectView root) {
        List<?> names = root.array("statements", true);
        List<StatementKind> selected = new ArrayList<>();
        for (int i = 0; names != null && i < names.size(); i++) {
            StatementKind kind = names.get(i) instanceof String name ? StatementKind.byKey(name) : null;
            if (kind == null) {
                root.problem("statements", "item " + i + " is not one of " + StatementKind.allKeys());
            } else if (selected.indexOf(kind) >= 0) {
                root.problem("statements", "item " + i + " repeats \"" + kind.key() + "\"");
            } else {
                selected.add(kind);
            }
        }
    }

    private static void verbs(JsonObjectView root) {
        JsonObjectView overrides = root.object("verbs", false);
        if (overrides == null) {
            return;
        }
        for (Object key : overrides.keys()) {
            String iri = overrides.optionalString((String) key);
            if (StatementKind.byKey((String) key) == null) {
                overrides.problem((String) key, "is not one of " + StatementKind.allKeys());
            } else if (iri != null && !Iri.isAbsolute(iri)) {
                overrides.problem((String) key, "must be an absolute IRI such as http://adlnet.gov/expapi/verbs/launched");
            }
        }
    }
}
