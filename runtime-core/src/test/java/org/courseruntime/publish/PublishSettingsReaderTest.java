package org.courseruntime.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.testing.Fixtures;
import org.courseruntime.publish.StatementKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublishSettingsReaderTest {
    @Test
    void readsEndpointCredentialsAndTheSelectedStatements() throws Exception {
        PublishSettings settings = PublishSettingsReader.read(
                Fixtures.settings("https://lrs.example.com/xapi", "started", "passed", "failed"));

        assertEquals("https://lrs.example.com/xapi/", settings.endpoint());
        assertEquals(List.of(StatementKind.STARTED, StatementKind.PASSED, StatementKind.FAILED), settings.selected());
        assertFalse(settings.isSelected(StatementKind.ANSWERED));
        assertEquals("http://adlnet.gov/expapi/verbs/attempted", settings.verb(StatementKind.STARTED).id());
        assertEquals("started", settings.verb(StatementKind.STARTED).display());
    }

    @Test
    void acceptsAnEndpointPastedWithItsStatementsResource() throws Exception {
        PublishSettings settings = PublishSettingsReader.read(
                Fixtures.settings("https://cloud.example.com/lrs/ABC/statements", "started"));

        assertEquals("https://cloud.example.com/lrs/ABC/", settings.endpoint());
    }

    @Test
    void anLrsWithoutAuthenticationNeedsNoCredentials() throws Exception {
        PublishSettings settings = PublishSettingsReader.read(
                "{\"lrs\": {\"endpoint\": \"http://127.0.0.1:8080/xAPI/\"}, \"statements\": []}");

        assertNull(settings.credentials());
        assertTrue(settings.selected().isEmpty());
    }

    @Test
    void anAuthorMayOverrideAVerb() throws Exception {
        PublishSettings settings = PublishSettingsReader.read("{\"lrs\": {\"endpoint\": \"https://lrs.example.com/\"},"
                + " \"statements\": [\"started\"], \"verbs\": {\"started\": \"http://adlnet.gov/expapi/verbs/launched\"}}");

        assertEquals("http://adlnet.gov/expapi/verbs/launched", settings.verb(StatementKind.STARTED).id());
        assertEquals("started", settings.verb(StatementKind.STARTED).display());
    }

    @Test
    void withoutALoginMemberTheCourseAsksNoOneWhoTheyAre() throws Exception {
        PublishSettings settings = PublishSettingsReader.read(Fixtures.settings("https://lrs.example.com/xapi/", "started"));

        assertEquals(PublishSettings.LOGIN_NONE, settings.login());
    }

    @ParameterizedTest
    @ValueSource(strings = {PublishSettings.LOGIN_NONE, PublishSettings.LOGIN_OPTIONAL, PublishSettings.LOGIN_REQUIRED})
    void theAuthorChoosesWhetherTheLearnerSignsIn(String value) throws Exception {
        PublishSettings settings = PublishSettingsReader.read("{\"lrs\": {\"endpoint\": \"https://lrs.example.com/\"},"
                + " \"statements\": [\"started\"], \"login\": \"" + value + "\"}");

        assertEquals(value, settings.login());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"yes\"", "\"Required\"", "\"\"", "true", "1", "{}"})
    void aLoginValueOtherThanTheThreeIsNamedAsAProblem(String value) {
        InvalidDocumentException error = assertThrows(InvalidDocumentException.class, () -> PublishSettingsReader.read(
                "{\"lrs\": {\"endpoint\": \"https://lrs.example.com/\"}, \"statements\": [], \"login\": " + value + "}"));

        assertEquals(List.of("login: must be \"none\", \"optional\" or \"required\""), error.problems());
    }

    @Test
    void reportsEveryProblemAtOnceWithItsLocation() {
        InvalidDocumentException error = assertThrows(InvalidDocumentException.class, () -> PublishSettingsReader.read(
                "{\"lrs\": {\"endpoint\": \"ftp://lrs.example.com\", \"login\": \"lap\", \"pasword\": \"x\"},"
                        + " \"statements\": [\"started\", \"finished\", \"started\"],"
                        + " \"verbs\": {\"passed\": \"passed\", \"done\": \"http://x.org/v\"}, \"colour\": \"red\","
                        + " \"login\": \"always\"}"));

        assertEquals(List.of(
                "colour: unknown member",
                "lrs.pasword: unknown member",
                "lrs.endpoint: must be an http:// or https:// URL",
                "lrs.password: missing",
                "statements: item 1 is not one of started, progressed, experienced, answered, mastered, passed, failed",
                "statements: item 2 repeats \"started\"",
                "verbs.passed: must be an absolute IRI such as http://adlnet.gov/expapi/verbs/launched",
                "verbs.done: is not one of started, progressed, experienced, answered, mastered, passed, failed",
                "login: must be \"none\", \"optional\" or \"required\""),
                error.problems());
        assertTrue(error.getMessage().startsWith("Invalid publish settings: colour: unknown member; "));
    }

    @Test
    void anEditorsSchemaMemberIsAllowedAndMustNameTheSchema() throws Exception {
        String settings = "{\"$schema\": \"./publish-settings.schema.json\", \"lrs\": {\"endpoint\": \"https://lrs.example.com/\"},"
                + " \"statements\": [\"started\"]}";

        assertEquals("https://lrs.example.com/", PublishSettingsReader.read(settings).endpoint());
        InvalidDocumentException error = assertThrows(InvalidDocumentException.class,
                () -> PublishSettingsReader.read(settings.replace("\"./publish-settings.schema.json\"", "\"\"")));
        assertEquals(List.of("$schema: must not be empty"), error.problems());
    }

    @Test
    void missingSettingsSayWhatIsMissing() {
        InvalidDocumentException error = assertThrows(InvalidDocumentException.class,
                () -> PublishSettingsReader.read("{}"));

        assertEquals(List.of("lrs: missing", "statements: missing"), error.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "[]", "{\"lrs\": ", "null"})
    void unparsableSettingsAreAnInvalidDocument(String text) {
        InvalidDocumentException error = assertThrows(InvalidDocumentException.class, () -> PublishSettingsReader.read(text));

        assertTrue(error.getMessage().startsWith("Invalid publish settings: "), error.getMessage());
    }

    @Test
    void credentialsInTheUrlAreRefusedWithoutRepeatingThem() {
        InvalidDocumentException error = assertThrows(InvalidDocumentException.class, () -> PublishSettingsReader.read(
                Fixtures.settings("https://lap:" + Fixtures.PASSWORD + "@lrs.example.com/xapi/", "started")));

        assertEquals(List.of("lrs.endpoint: must not contain a login or password: use lrs.login and lrs.password"),
                error.problems());
        assertFalse(error.getMessage().contains(Fixtures.PASSWORD));
    }

    @Test
    void aBrokenFileNeverQuotesThePassword() {
        String broken = "{\"lrs\": {\"endpoint\": \"https://lrs.example.com/\", \"login\": \"lap\", \"password\": "
                + Fixtures.PASSWORD + "}, \"statements\": []}";

        InvalidDocumentException error = assertThrows(InvalidDocumentException.class, () -> PublishSettingsReader.read(broken));

        assertFalse(error.getMessage().contains(Fixtures.PASSWORD));
        assertFalse(error.getMessage().contains("Sup3r"));
        assertTrue(error.getMessage().contains("line 1, column"), error.getMessage());
    }
}
