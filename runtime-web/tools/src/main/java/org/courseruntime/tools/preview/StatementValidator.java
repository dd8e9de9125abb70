package org.courseruntime.tools.preview;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.courseruntime.course.LanguageTag;
import org.courseruntime.statement.Iri;
import org.courseruntime.statement.Uuid;

/**
 * Checks a statement against xAPI 1.0.3 as strictly as Learning Locker's validator, and also catches what that one
 * lets through: {@code P1DT}-style durations and IRIs with spaces. Every problem is listed with its path
 * ({@code statement.result.score.scaled: must be between -1 and 1}), so an author sees why a statement was refused.
 */
public final class StatementValidator {
    private static final Pattern TIMESTAMP =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    // Every designator needs a number; T needs at least one time part after it (so no "PT" and no "P1DT").
    private static final Pattern DURATION = Pattern.compile(
            "P(?=\\d|T\\d)(\\d+(\\.\\d+)?Y)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?W)?(\\d+(\\.\\d+)?D)?"
                    + "(T(?=\\d)(\\d+(\\.\\d+)?H)?(\\d+(\\.\\d+)?M)?(\\d+(\\.\\d+)?S)?)?");
    private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");

    private final List<String> problems = new ArrayList<>();

    private StatementValidator() {
    }

    /** The problems of {@code statement} (a parsed JSON value); empty when it is a valid xAPI statement. */
    public static List<String> validate(Object statement) {
        StatementValidator validator = new StatementValidator();
        validator.statement(statement, "statement", false);
        return validator.problems;
    }

    private void statement(Object value, String path, boolean sub) {
        Map<?, ?> s = object(value, path);
        if (s == null) {
            return;
        }
        Set<String> allowed = sub
                ? Set.of("objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments")
                : Set.of("id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
                        "version", "attachments");
        keys(s, path, allowed);
        if (s.containsKey("id") && !(s.get("id") instanceof String id && Uuid.isValid(id))) {
            problem(path + ".id", "must be a UUID");
        }
        agent(required(s, path, "actor"), path + ".actor", true);
        verb(required(s, path, "verb"), path + ".verb");
        statementObject(required(s, path, "object"), path + ".object", sub);
        if (s.containsKey("result")) {
            result(s.get("result"), path + ".result");
        }
        if (s.containsKey("context")) {
            context(s.get("context"), path + ".context");
        }
        if (s.containsKey("timestamp")) {
            timestamp(s.get("timestamp"), path + ".timestamp");
        }
        if (s.containsKey("version") && !(s.get("version") instanceof String v && v.startsWith("1.0"))) {
            problem(path + ".version", "must be a 1.0.x version");
        }
    }

    private void agent(Object value, String path, boolean groupAllowed) {
        Map<?, ?> a = object(value, path);
        if (a == null) {
            return;
        }
        Object type = a.get("objectType");
        boolean group = "Group".equals(type);
        if (type != null && !"Agent".equals(type) && !(group && groupAllowed)) {
            problem(path + ".objectType", group ? "a Group is not allowed here" : "must be \"Agent\" or \"Group\"");
        }
        keys(a, path, group ? Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member")
                : Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"));
        int identifiers = 0;
        for (String key : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
            identifiers += a.containsKey(key) ? 1 : 0;
        }
        if (identifiers > 1 || (identifiers == 0 && !group)) {
            problem(path, "must have exactly one of mbox, mbox_sha1sum, openid, account");
        }
        optionalString(a, path, "name");
        if (a.containsKey("mbox") && !(a.get("mbox") instanceof String mbox && mbox.startsWith("mailto:")
                && mbox.indexOf('@') > 7 && mbox.indexOf(' ') < 0)) {
            problem(path + ".mbox", "must be a mailto: IRI such as mailto:ada@example.com");
        }
        if (a.containsKey("mbox_sha1sum") && !(a.get("mbox_sha1sum") instanceof String sha && SHA1.matcher(sha).matches())) {
            problem(path + ".mbox_sha1sum", "must be 40 hex digits");
        }
        if (a.containsKey("openid")) {
            iri(a.get("openid"), path + ".openid");
        }
        if (a.containsKey("account")) {
            Map<?, ?> account = object(a.get("account"), path + ".account");
            if (account != null) {
                keys(account, path + ".account", Set.of("homePage", "name"));
                if (!(account.get("homePage") instanceof String home && Iri.isHttpUrl(home))) {
                    problem(path + ".account.homePage", "must be an http(s) URL");
                }
                requiredString(account, path + ".account", "name");
            }
        }
        if (group && a.containsKey("member")) {
            List<?> members = array(a.get("member"), path + ".member");
            for (int i = 0; members != null && i < members.size(); i++) {
                agent(members.get(i), path + ".member[" + i + "]", false);
            }
        }
    }

    private void verb(Object value, String path) {
        Map<?, ?> v = object(value, path);
        if (v == null) {
            return;
        }
        keys(v, path, Set.of("id", "display"));
        iri(required(v, path, "id"), path + ".id");
        if (v.containsKey("display")) {
            languageMap(v.get("display"), path + ".display");
        }
    }

    private void statementObject(Object value, String path, boolean sub) {
        Map<?, ?> o = object(value, path);
        if (o == null) {
            return;
        }
        Object type = o.containsKey("objectType") ? o.get("objectType") : "Activity";
        if ("Activity".equals(type)) {
            activity(o, path);
        } else if ("Agent".equals(type) || "Group".equals(type)) {
            agent(o, path, true);
        } else if ("StatementRef".equals(type)) {
            keys(o, path, Set.of("objectType", "id"));
            if (!(o.get("id") instanceof String id && Uuid.isValid(id))) {
                problem(path + ".id", "must be a UUID");
            }
        } else if ("SubStatement".equals(type) && !sub) {
            statement(o, path, true);
        } else {
            problem(path + ".objectType", "must be Activity, Agent, Group, StatementRef or SubStatement (not nested)");
        }
    }

    private void activity(Object value, String path) {
        Map<?, ?> a = object(value, path);
        if (a == null) {
            return;
        }
        keys(a, path, Set.of("objectType", "id", "definition"));
        if (a.containsKey("objectType") && !"Activity".equals(a.get("objectType"))) {
            problem(path + ".objectType", "must be \"Activity\"");
        }
        iri(required(a, path, "id"), path + ".id");
        if (a.containsKey("definition")) {
            definition(a.get("definition"), path + ".definition");
        }
    }

    private void definition(Object value, String path) {
        Map<?, ?> d = object(value, path);
        if (d == null) {
            return;
        }
        keys(d, path, Set.of("name", "description", "type", "moreInfo", "extensions", "interactionType",
                "correctResponsesPattern", "choices", "scale", "source", "target", "steps"));
        for (String key : List.of("name", "description")) {
            if (d.containsKey(key)) {
                languageMap(d.get(key), path + "." + key);
            }
        }
        if (d.containsKey("type")) {
            iri(d.get("type"), path + ".type");
        }
        if (d.containsKey("moreInfo") && !(d.get("moreInfo") instanceof String url && Iri.isAbsolute(url))) {
            problem(path + ".moreInfo", "must be an absolute IRL");
        }
        if (d.containsKey("extensions")) {
            extensions(d.get("extensions"), path + ".extensions");
        }
        if (d.containsKey("interactionType") && !INTERACTION_TYPES.contains(d.get("interactionType"))) {
            problem(path + ".interactionType", "must be one of " + String.join(", ", INTERACTION_TYPES.stream().sorted().toList()));
        }
        if (d.containsKey("correctResponsesPattern")) {
            List<?> patterns = array(d.get("correctResponsesPattern"), path + ".correctResponsesPattern");
            for (int i = 0; patterns != null && i < patterns.size(); i++) {
                if (!(patterns.get(i) instanceof String)) {
                    problem(path + ".correctResponsesPattern[" + i + "]", "must be a string");
                }
            }
        }
        for (String key : List.of("choices", "scale", "source", "target", "steps")) {
            if (d.containsKey(key)) {
                components(d.get(key), path + "." + key);
            }
        }
    }

    private void components(Object value, String path) {
        List<?> list = array(value, path);
        for (int i = 0; list != null && i < list.size(); i++) {
            String itemPath = path + "[" + i + "]";
            Map<?, ?> component = object(list.get(i), itemPath);
            if (component != null) {
                keys(component, itemPath, Set.of("id", "description"));
                requiredString(component, itemPath, "id");
                if (component.containsKey("description")) {
                    languageMap(component.get("description"), itemPath + ".description");
                }
            }
        }
    }

    private void result(Object value, String path) {
        Map<?, ?> r = object(value, path);
        if (r == null) {
            return;
        }
        keys(r, path, Set.of("score", "success", "completion", "response", "duration", "extensions"));
        for (String key : List.of("success", "completion")) {
            if (r.containsKey(key) && !(r.get(key) instanceof Boolean)) {
                problem(path + "." + key, "must be true or false");
            }
        }
        if (r.containsKey("response") && !(r.get("response") instanceof String)) {
            problem(path + ".response", "must be a string");
        }
        if (r.containsKey("duration") && !(r.get("duration") instanceof String d && DURATION.matcher(d).matches())) {
            problem(path + ".duration", "must be an ISO 8601 duration such as PT1M30.5S");
        }
        if (r.containsKey("extensions")) {
            extensions(r.get("extensions"), path + ".extensions");
        }
        if (r.containsKey("score")) {
            score(r.get("score"), path + ".score");
        }
    }

    private void score(Object value, String path) {
        Map<?, ?> s = object(value, path);
        if (s == null) {
            return;
        }
        keys(s, path, Set.of("scaled", "raw", "min", "max"));
        for (Object key : s.keySet()) {
            if (!(s.get(key) instanceof Number)) {
                problem(path + "." + key, "must be a number");
            }
        }
        Double scaled = number(s, "scaled");
        Double raw = number(s, "raw");
        Double min = number(s, "min");
        Double max = number(s, "max");
        if (scaled != null && (scaled < -1 || scaled > 1)) {
            problem(path + ".scaled", "must be between -1 and 1");
        }
        if (min != null && max != null && min > max) {
            problem(path + ".min", "must not be greater than max");
        }
        if (raw != null && ((min != null && raw < min) || (max != null && raw > max))) {
            problem(path + ".raw", "must be between min and max");
        }
    }

    private void context(Object value, String path) {
        Map<?, ?> c = object(value, path);
        if (c == null) {
            return;
        }
        keys(c, path, Set.of("registration", "instructor", "team", "contextActivities", "revision", "platform",
                "language", "statement", "extensions"));
        if (c.containsKey("registration") && !(c.get("registration") instanceof String r && Uuid.isValid(r))) {
            problem(path + ".registration", "must be a UUID");
        }
        if (c.containsKey("instructor")) {
            agent(c.get("instructor"), path + ".instructor", true);
        }
        if (c.containsKey("team") && !(c.get("team") instanceof Map<?, ?> team && "Group".equals(team.get("objectType")))) {
            problem(path + ".team", "must be a Group");
        }
        optionalString(c, path, "revision");
        optionalString(c, path, "platform");
        if (c.containsKey("language") && !(c.get("language") instanceof String tag && LanguageTag.isValid(tag))) {
            problem(path + ".language", "must be a language tag such as en-US");
        }
        if (c.containsKey("statement")) {
            Map<?, ?> ref = object(c.get("statement"), path + ".statement");
            if (ref != null && !("StatementRef".equals(ref.get("objectType")) && ref.get("id") instanceof String id
                    && Uuid.isValid(id))) {
                problem(path + ".statement", "must be a StatementRef with a UUID id");
            }
        }
        if (c.containsKey("extensions")) {
            extensions(c.get("extensions"), path + ".extensions");
        }
        if (c.containsKey("contextActivities")) {
            Map<?, ?> activities = object(c.get("contextActivities"), path + ".contextActivities");
            if (activities != null) {
                keys(activities, path + ".contextActivities", Set.of("parent", "grouping", "category", "other"));
                for (Object key : activities.keySet()) {
                    String listPath = path + ".contextActivities." + key;
                    List<?> list = array(activities.get(key), listPath);
                    for (int i = 0; list != null && i < list.size(); i++) {
                        activity(list.get(i), listPath + "[" + i + "]");
                    }
                }
            }
        }
    }

    private void extensions(Object value, String path) {
        Map<?, ?> e = object(value, path);
        if (e != null) {
            for (Object key : e.keySet()) {
                if (!Iri.isAbsolute((String) key)) {
                    problem(path, "key \"" + key + "\" must be an absolute IRI");
                }
            }
        }
    }

    private void languageMap(Object value, String path) {
        Map<?, ?> map = object(value, path);
        if (map != null) {
            for (Object tag : map.keySet()) {
                if (!LanguageTag.isValid((String) tag)) {
                    problem(path, "key \"" + tag + "\" must be a language tag such as en-US");
                }
                if (!(map.get(tag) instanceof String)) {
                    problem(path + "." + tag, "must be a string");
                }
            }
        }
    }

    private void timestamp(Object value, String path) {
        if (!(value instanceof String text) || !TIMESTAMP.matcher(text).matches() || text.endsWith("-00:00")) {
            problem(path, "must be an RFC 3339 timestamp such as 2026-11-28T14:31:37.123Z");
            return;
        }
        try {
            OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            problem(path, "is not a real date and time");
        }
    }

    private void iri(Object value, String path) {
        if (!(value instanceof String text) || !Iri.isAbsolute(text)) {
            problem(path, "must be an absolute IRI without spaces");
        }
    }

    private Object required(Map<?, ?> map, String path, String key) {
        if (!map.containsKey(key)) {
            problem(path + "." + key, "missing");
        }
        return map.get(key);
    }

    private void requiredString(Map<?, ?> map, String path, String key) {
        if (!(required(map, path, key) instanceof String) && map.containsKey(key)) {
            problem(path + "." + key, "must be a string");
        }
    }

    private void optionalString(Map<?, ?> map, String path, String key) {
        if (map.containsKey(key) && !(map.get(key) instanceof String)) {
            problem(path + "." + key, "must be a string");
        }
    }

    private static Double number(Map<?, ?> map, String key) {
        return map.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    private void keys(Map<?, ?> map, String path, Set<String> allowed) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(key)) {
                problem(path + "." + key, "unknown property");
            } else if (map.get(key) == null) {
                problem(path + "." + key, "must not be null");
            }
        }
    }

    private Map<?, ?> object(Object value, String path) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        if (value != null) {
            problem(path, "must be a JSON object");
        }
        return null;
    }

    private List<?> array(Object value, String path) {
        if (value instanceof List<?> list) {
            return list;
        }
        problem(path, "must be a JSON array");
        return null;
    }

    private void problem(String path, String what) {
        problems.add(path + ": " + what);
    }
}
