package org.courseruntime.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.courseruntime.cmi5.Cmi5Parameters;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.statement.Account;
import org.courseruntime.statement.Agent;
import org.junit.jupiter.api.Test;

class TinCanParametersTest {
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static TinCanParameters read(String query) throws InvalidDocumentException {
        return TinCanParameters.read(LaunchQuery.parse(query));
    }

    private static String query(String actorJson) {
        return "?endpoint=" + encode("https://lms.example.com/lrs") + "&auth=" + encode("Basic bG1zOnNlY3JldA==")
                + "&actor=" + encode(actorJson) + "&registration=760e3480-ba55-4991-94b0-01820dbd23a2"
                + "&activity_id=" + encode("https://lms.example.com/courses/42") + "&grouping=" + encode("https://lms.example.com/programs/7")
                + "&activity_platform=" + encode("Moodle 4.3");
    }

    @Test
    void aTinCanLaunchNamesTheLrsTheLearnerAndTheRegistration() throws Exception {
        TinCanParameters launch = read(query("{\"name\": \"Zoë Ünal\", \"mbox\": \"mailto:zoe@example.com\"}"));

        assertEquals("https://lms.example.com/lrs/", launch.endpoint());
        assertEquals("Basic bG1zOnNlY3JldA==", launch.credentials().authorizationHeader());
        assertEquals("{\"name\":\"Zoë Ünal\",\"mbox\":\"mailto:zoe@example.com\"}", JsonWriter.write(launch.actor()),
                "written back as the LMS wrote it, nothing added");
        assertEquals("mailto:zoe@example.com", launch.actor().mbox());
        assertEquals("760e3480-ba55-4991-94b0-01820dbd23a2", launch.registration());
        assertEquals("https://lms.example.com/courses/42", launch.activityId());
        assertEquals("https://lms.example.com/programs/7", launch.grouping());
        assertEquals("Moodle 4.3", launch.platform());
    }

    @Test
    void acceptsTheOldArrayFormOfTheActor() throws Exception {
        assertEquals(Agent.withEmail("Ada", "ada@example.com"),
                read(query("{\"name\": [\"Ada\"], \"mbox\": [\"mailto:ada@example.com\"]}")).actor());
        assertEquals(Agent.withAccount("Ada", "https://lms.example.com", "u-17"), read(query(
                "{\"name\": [\"Ada\"], \"account\": [{\"accountServiceHomePage\": \"https://lms.example.com\", \"accountName\": \"u-17\"}]}")).actor());
    }

    @Test
    void aQueryStringIsDecodedIntoNamedParametersInAnyOrder() throws Exception {
        assertEquals(Map.of(), LaunchQuery.parse(""));
        assertEquals(Map.of(), LaunchQuery.parse(null));
        assertEquals(Map.of("lang", "de", "q", "a b&c", "flag", ""), LaunchQuery.parse("?lang=de&&q=a+b%26c&flag"));
    }

    @Test
    void everyMissingOrMalformedParameterIsNamed() {
        InvalidDocumentException error = assertThrows(InvalidDocumentException.class, () -> read(
                "endpoint=ftp%3A%2F%2Flrs&actor=%7B%22mbox%22%3A%22ada%40example.com%22%7D&registration=42&activity_id=course+1"));

        assertEquals(List.of("endpoint: must be an http:// or https:// URL",
                "auth: missing (the Authorization value for the LRS)",
                "actor.mbox: must be a mailto: address such as mailto:ada@example.com",
                "registration: must be a UUID",
                "activity_id: must be an absolute IRI"), error.problems());
    }

    @Test
    void aBrokenEscapeOrActorIsReportedNotGuessed() {
        assertEquals(List.of("actor: is not URL-encoded properly: a broken %-escape at character 4"),
                assertThrows(InvalidDocumentException.class, () -> read("endpoint=https%3A%2F%2Fl&auth=x&actor=%7B%zz")).problems());
        assertEquals(List.of("actor: is not JSON: Unexpected end of JSON, expected a value at line 1, column 6"),
                assertThrows(InvalidDocumentException.class, () -> read("endpoint=https%3A%2F%2Fl&auth=x&actor=%7B%22a%22%3A")).problems());
        assertEquals(List.of("actor: needs an mbox or an account to identify the learner"),
                assertThrows(InvalidDocumentException.class, () -> read("endpoint=https%3A%2F%2Fl&auth=x&actor=%7B%7D")).problems());
    }

    @Test
    void aCmi5LaunchNamesEveryMissingOrMalformedParameter() {
        assertEquals(List.of("fetch: must be an http:// or https:// URL (where the LMS hands out the session's token)",
                        "actor: missing (the learner as xAPI JSON)", "registration: missing (a UUID)",
                        "activityId: must be an absolute IRI"),
                assertThrows(InvalidDocumentException.class, () -> LaunchQuery.readCmi5(LaunchQuery.parse(
                        "endpoint=https%3A%2F%2Flms.example.com%2Flrs&fetch=%2Ffetch%2F1&activityId=au+1"))).problems());
    }

    @Test
    void aCmi5LaunchNamesTheLmsTheTokenUrlTheLearnerAndTheAu() throws Exception {
        Cmi5Parameters launch = LaunchQuery.readCmi5(LaunchQuery.parse("activityId=" + encode("https://lms.example.com/au/7")
                + "&registration=760e3480-ba55-4991-94b0-01820dbd23a2&fetch=" + encode("https://lms.example.com/fetch?t=1&s=2")
                + "&actor=" + encode("{\"objectType\": \"Agent\", \"account\": {\"homePage\": \"https://lms.example.com\", \"name\": \"u-17\"}}")
                + "&endpoint=" + encode("https://lms.example.com/lrs")));

        assertEquals(new Cmi5Parameters("https://lms.example.com/lrs/", "https://lms.example.com/fetch?t=1&s=2",
                launch.actor(), "760e3480-ba55-4991-94b0-01820dbd23a2", "https://lms.example.com/au/7"), launch);
        assertEquals(new Account("https://lms.example.com", "u-17"), launch.actor().account());
        assertEquals("{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lms.example.com\",\"name\":\"u-17\"}}",
                JsonWriter.write(launch.actor()));
    }
}
