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
}
