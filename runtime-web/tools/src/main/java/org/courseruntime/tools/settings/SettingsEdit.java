package org.courseruntime.tools.settings;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.courseruntime.json.JsonWriter;

/**
 * The author's publish settings as the settings page edits them: read without the password (the page is never given
 * it back), merged with what the page sends (an empty password keeps the saved one; members the page does not edit,
 * such as {@code verbs}, stay), and what changed since the file was last written, in the author's words.
 */
final class SettingsEdit {
    /** The page's fields, in the order the changes are told. */
    private static final List<String> TOLD = List.of("endpoint", "login", "password", "statements", "sign-in");

    private final Path file;

    SettingsEdit(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    /** The saved settings as a JSON object ({@code null} members when there is no file yet), the password left out. */
    Map<String, Object> forThePage() throws IOException {
        Map<String, Object> saved = saved();
        Map<String, Object> lrs = object(saved.get("lrs"));
        Map<String, Object> page = new OrderedMap<>();
        page.put("endpoint", lrs.get("endpoint"));
        page.put("login", lrs.get("login"));
        // Whether a saved password exists, never the password: the page keeps it only for an LRS of the same origin.
        page.put("hasPassword", lrs.get("password") instanceof String password && !password.isEmpty());
        page.put("statements", saved.get("statements"));
        page.put("signIn", saved.get("login"));
        page.put("exists", Files.isRegularFile(file));
        return page;
    }

    /**
     * The settings text the page's fields make, over the saved file: {@code fields} holds endpoint, login, password,
     * statements and signIn. An empty password keeps the saved one, but only with a login and for an LRS of the same
     * origin as the saved one: a changed or mistyped host never receives the saved secret.
     */
    String merged(Map<?, ?> fields) throws IOException {
        Map<String, Object> settings = saved();
        Map<String, Object> lrs = object(settings.get("lrs"));
        String savedEndpoint = lrs.get("endpoint") instanceof String endpoint ? endpoint : null;
        lrs.put("endpoint", fields.get("endpoint"));
        String login = fields.get("login") instanceof String given ? given.trim() : "";
        String password = fields.get("password") instanceof String given && !given.isEmpty() ? given
                : !login.isEmpty() && sameOrigin(savedEndpoint, fields.get("endpoint")) && lrs.get("password") instanceof String saved
                ? saved : null;
        lrs.remove("login");
        lrs.remove("password");
        if (!login.isEmpty() || password != null && !password.isEmpty()) {
            lrs.put("login", login);
            lrs.put("password", password == null ? "" : password);
        }
        settings.put("lrs", lrs);
        settings.put("statements", fields.get("statements"));
        settings.put("login", fields.get("signIn"));
        return JsonWriter.write(settings);
    }

    /** What {@code newSettings} changes in the saved file, one line per field; never a password's value. */
    List<String> changes(String newSettings) throws IOException {
        Map<String, Object> before = saved();
        Map<String, Object> after = parse(newSettings);
        List<String> changes = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            changes.add("First publish with these settings.");
            return changes;
        }
        for (String field : TOLD) {
            Object old = field(before, field);
            Object now = field(after, field);
            if (String.valueOf(old).equals(String.valueOf(now))) {
                continue;
            }
            switch (field) {
                case "password" -> changes.add(now == null ? "The LAP password was removed." : "The LAP password changed.");
                case "statements" -> {
                    String told = statementChanges(old instanceof List<?> list ? list : List.of(), now instanceof List<?> list ? list : List.of());
                    if (told != null) {
                        changes.add(told);
                    }
                }
                case "sign-in" -> changes.add("Learner sign-in: " + (old == null ? "none" : old) + " → " + (now == null ? "none" : now) + ".");
                default -> changes.add((field.equals("endpoint") ? "LRS URL" : "LAP login") + ": " + (old == null ? "none" : old)
                        + " → " + (now == null ? "none" : now) + ".");
            }
        }
        if (changes.isEmpty()) {
            changes.add("Nothing changed since the last publish.");
        }
        return changes;
    }

    /** Whether two LRS URLs have the same scheme, host and port (the case of scheme and host aside). */
    static boolean sameOrigin(Object one, Object other) {
        if (!(one instanceof String a) || !(other instanceof String b)) {
            return false;
        }
        try {
            URI x = new URI(a.trim());
            URI y = new URI(b.trim());
            return x.getScheme() != null && x.getHost() != null && x.getScheme().equalsIgnoreCase(y.getScheme())
                    && x.getHost().equalsIgnoreCase(y.getHost()) && port(x) == port(y);
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** Writes {@code settings} to the settings file, the only place the password goes. */
    void write(String settings) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, settings + "\n", StandardCharsets.UTF_8);
    }

    /** The statements added and removed, in words; null when the same ones are sent (in another order, say). */
    private static String statementChanges(List<?> old, List<?> now) {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        for (Object kind : now) {
            if (!old.contains(kind)) {
                added.add(String.valueOf(kind));
            }
        }
        for (Object kind : old) {
            if (!now.contains(kind)) {
                removed.add(String.valueOf(kind));
            }
        }
        if (added.isEmpty() && removed.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (!added.isEmpty()) {
            parts.add("now also " + String.join(", ", added));
        }
        if (!removed.isEmpty()) {
            parts.add("no longer " + String.join(", ", removed));
        }
        return "Statements sent: " + String.join("; ", parts) + ".";
    }

    private static Object field(Map<String, Object> settings, String field) {
        Map<String, Object> lrs = object(settings.get("lrs"));
        return switch (field) {
            case "statements" -> settings.get("statements");
            case "sign-in" -> settings.get("login") == null ? "none" : settings.get("login"); // none is the default
            default -> lrs.get(field);
        };
    }

    private Map<String, Object> saved() throws IOException {
        if (!Files.isRegularFile(file)) {
            return new OrderedMap<>();
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static Map<String, Object> parse(String text) throws IOException {
        try {
            return object(JsonReader.parse(InvalidDocumentException.withoutByteOrderMark(text)));
        } catch (JsonSyntaxException e) {
            throw new IOException("the publish settings are not JSON (" + e.getMessage() + "): fix or delete the file", e);
        }
    }

    /** A copy of {@code value} as a JSON object to edit, or an empty one when it is not an object. */
    private static Map<String, Object> object(Object value) {
        Map<String, Object> copy = new OrderedMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> copy.put(String.valueOf(key), item));
        }
        return copy;
    }
}
