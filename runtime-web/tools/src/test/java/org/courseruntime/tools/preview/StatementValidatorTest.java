package org.courseruntime.tools.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.courseruntime.json.JsonReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatementValidatorTest {
    private static final String ACTOR = "\"actor\": {\"objectType\": \"Agent\", \"mbox\": \"mailto:ada@example.com\"}";
    private static final String VERB = "\"verb\": {\"id\": \"http://adlnet.gov/expapi/verbs/answered\", \"display\": {\"en-US\": \"answered\"}}";
    private static final String OBJECT = "\"object\": {\"id\": \"https://courses.example.com/c/q1\"}";

    private static List<String> problems(String members) throws Exception {
        return StatementValidator.validate(JsonReader.parse("{" + ACTOR + ", " + VERB + ", " + OBJECT
                + (members.isEmpty() ? "" : ", " + members) + "}"));
    }

    @Test
    void aCompleteStatementHasNoProblems() throws Exception {
        assertEquals(List.of(), problems("\"id\": \"3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a6b\","
                + " \"timestamp\": \"2026-11-28T14:31:37.123Z\","
                + " \"result\": {\"score\": {\"scaled\": 0.8, \"raw\": 8, \"min\": 0, \"max\": 10}, \"success\": true,"
                + " \"completion\": true, \"duration\": \"PT1H2M3.45S\", \"response\": \"a[,]b\","
                + " \"extensions\": {\"https://w3id.org/xapi/cmi5/result/extensions/progress\": 100}},"
                + " \"context\": {\"registration\": \"3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a6c\", \"platform\": \"Course Runtime\","
                + " \"language\": \"en-US\", \"contextActivities\": {\"grouping\": [{\"id\": \"https://courses.example.com/c\"}]}}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a day-and-empty-time duration (Learning Locker accepts it)|\"result\": {\"duration\": \"P1DT\"}|statement.result.duration: must be an ISO 8601 duration such as PT1M30.5S",
            "an empty duration|\"result\": {\"duration\": \"PT\"}|statement.result.duration: must be an ISO 8601 duration such as PT1M30.5S",
            "an IRI with a space (Learning Locker accepts it)|\"context\": {\"extensions\": {\"https://x.org/my ext\": 1}}|statement.context.extensions: key \"https://x.org/my ext\" must be an absolute IRI",
            "scaled above 1|\"result\": {\"score\": {\"scaled\": 1.5}}|statement.result.score.scaled: must be between -1 and 1",
            "raw outside min and max|\"result\": {\"score\": {\"raw\": 11, \"min\": 0, \"max\": 10}}|statement.result.score.raw: must be between min and max",
            "an unknown key|\"colour\": \"red\"|statement.colour: unknown property",
            "a local timestamp|\"timestamp\": \"2026-11-28T14:31:37\"|statement.timestamp: must be an RFC 3339 timestamp such as 2026-11-28T14:31:37.123Z",
            "an impossible date|\"timestamp\": \"2026-02-30T14:31:37Z\"|statement.timestamp: is not a real date and time",
            "a registration that is no UUID|\"context\": {\"registration\": \"attempt-1\"}|statement.context.registration: must be a UUID",
            "a null result|\"result\": null|statement.result: must not be null",
            "a single context activity instead of a list|\"context\": {\"contextActivities\": {\"parent\": {\"id\": \"https://x.org/p\"}}}|statement.context.contextActivities.parent: must be a JSON array",
            "a version other than 1.0.x|\"result\": {}, \"id\": \"3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a6b\", \"context\": {}, \"timestamp\": \"2026-11-28T14:31:37Z\", \"version\": \"2.0.0\"|statement.version: must be a 1.0.x version"})
    void refusesWithTheReason(String name, String members, String problem) throws Exception {
        assertEquals(List.of(problem), problems(members));
    }

    @Test
    void anAgentNeedsExactlyOneIdentifierAndAMailtoMbox() throws Exception {
        assertEquals(List.of("statement.actor: must have exactly one of mbox, mbox_sha1sum, openid, account",
                        "statement.actor.mbox: must be a mailto: IRI such as mailto:ada@example.com"),
                StatementValidator.validate(JsonReader.parse("{\"actor\": {\"mbox\": \"ada@example.com\", \"openid\": \"https://ada.example.com\"},"
                        + VERB + ", " + OBJECT + "}")));
    }

    @Test
    void listsEveryMissingPart() throws Exception {
        assertEquals(List.of("statement.actor: missing", "statement.verb: missing", "statement.object: missing"),
                StatementValidator.validate(JsonReader.parse("{}")));
    }
}
