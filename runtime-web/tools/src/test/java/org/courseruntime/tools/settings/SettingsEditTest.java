package org.courseruntime.tools.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the settings page is given, what it writes, and the changes it tells, around the saved password. */
class SettingsEditTest {
    private static final String SAVED = "{\"$schema\": \"./schema.json\", \"lrs\": {\"endpoint\": \"https://lrs.example.com/xAPI/\","
            + " \"login\": \"lap\", \"password\": \"s3cret\"}, \"statements\": [\"started\", \"passed\"],"
            + " \"verbs\": {\"started\": \"http://adlnet.gov/expapi/verbs/launched\"}, \"login\": \"none\"}";

    @TempDir
    Path work;

    @Test
    void thePageIsNeverGivenThePassword() throws Exception {
        SettingsEdit edit = new SettingsEdit(Files.writeString(work.resolve("settings.json"), SAVED));

        Map<String, Object> page = edit.forThePage();

        assertEquals(true, page.get("hasPassword"));
        assertFalse(JsonWriter.write(page).contains("s3cret"), JsonWriter.write(page));
    }

    @Test
    void anEmptyPasswordKeepsTheSavedOneAndWhatThePageDoesNotEditStays() throws Exception {
        SettingsEdit edit = new SettingsEdit(Files.writeString(work.resolve("settings.json"), SAVED));

        String merged = edit.merged(Map.of("endpoint", "https://lrs.example.com/data/xAPI/", "login", "lap", "password", "",
                "statements", List.of("started", "answered"), "signIn", "optional"));

        assertEquals("{\"$schema\":\"./schema.json\",\"lrs\":{\"endpoint\":\"https://lrs.example.com/data/xAPI/\",\"login\":\"lap\","
                + "\"password\":\"s3cret\"},\"statements\":[\"started\",\"answered\"],"
                + "\"verbs\":{\"started\":\"http://adlnet.gov/expapi/verbs/launched\"},\"login\":\"optional\"}", merged);
        assertEquals(List.of("LRS URL: https://lrs.example.com/xAPI/ → https://lrs.example.com/data/xAPI/.",
                "Statements sent: now also answered; no longer passed.", "Learner sign-in: none → optional."), edit.changes(merged));
    }

    @Test
    void aNewPasswordIsToldWithoutItsValue() throws Exception {
        SettingsEdit edit = new SettingsEdit(Files.writeString(work.resolve("settings.json"), SAVED));

        List<String> changes = edit.changes(edit.merged(Map.of("endpoint", "https://lrs.example.com/xAPI/", "login", "lap",
                "password", "n3w-secret", "statements", List.of("started", "passed"), "signIn", "none")));

        assertEquals(List.of("The LAP password changed."), changes);
    }

    @Test
    void withoutASavedFileItIsTheFirstPublish() throws Exception {
        SettingsEdit edit = new SettingsEdit(work.resolve("none.json"));

        assertEquals(false, edit.forThePage().get("exists"));
        assertEquals(List.of("First publish with these settings."), edit.changes(edit.merged(Map.of("endpoint",
                "https://lrs.example.com/xAPI/", "statements", List.of(), "signIn", "none"))));
    }

    /** A changed or mistyped LRS host never receives the saved secret: it must be typed again. */
    @Test
    void theSavedPasswordGoesOnlyToAnLrsOfTheSameOrigin() throws Exception {
        SettingsEdit edit = new SettingsEdit(Files.writeString(work.resolve("settings.json"), SAVED));

        String elsewhere = edit.merged(Map.of("endpoint", "https://lrs.elsewhere.example/xAPI/", "login", "lap", "password", "",
                "statements", List.of("started"), "signIn", "none"));
        String withoutLogin = edit.merged(Map.of("endpoint", "https://lrs.example.com/xAPI/", "login", "", "password", "",
                "statements", List.of("started"), "signIn", "none"));

        assertFalse(elsewhere.contains("s3cret"), elsewhere);
        assertFalse(withoutLogin.contains("s3cret"), "clearing the login drops the saved credentials: " + withoutLogin);
        assertEquals(true, SettingsEdit.sameOrigin("https://LRS.example.com/xAPI/", "https://lrs.example.com:443/data/"));
        assertEquals(false, SettingsEdit.sameOrigin("https://lrs.example.com/xAPI/", "http://lrs.example.com/xAPI/"));
    }

    @Test
    void theSameStatementsInAnotherOrderAndAnAbsentSignInAreNoChange() throws Exception {
        SettingsEdit edit = new SettingsEdit(Files.writeString(work.resolve("settings.json"), SAVED.replace(", \"login\": \"none\"}", "}")));

        assertEquals(List.of("Nothing changed since the last publish."), edit.changes(edit.merged(Map.of(
                "endpoint", "https://lrs.example.com/xAPI/", "login", "lap", "password", "",
                "statements", List.of("passed", "started"), "signIn", "none"))));
    }
}
