package org.courseruntime.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.statement.Agent;
import org.junit.jupiter.api.Test;

class LaunchParametersTest {
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String query(String actorJson) {
        return "?endpoint=" + encode("https://lms.example.com/lrs") + "&auth=" + encode("Basic bG1zOnNlY3JldA==")
                + "&actor=" + encode(actorJson) + "&registration=760e3480-ba55-4991-94b0-01820dbd23a2"
                + "&activity_id=" + encode("https://lms.example.com/courses/42") + "&grouping=" + encode("https://lms.example.com/programs/7")
                + "&activity_platform=" + encode("Moodle 4.3");
    }

    @Test
    void aTinCanLaunchNamesTheLrsTheLearnerAndTheRegistration() throws Exception {
        LaunchParameters launch = LaunchParameters.read(query("{\"name\": \"Zoë Ünal\", \"mbox\": \"mailto:zoe@example.com\"}"));

        assertEquals("https://lms.example.com/lrs/", launch.endpoint());
        assertEquals("Basic bG1zOnNlY3JldA==", launch.credentials().authorizationHeader());
        assertEquals(Agent.withEmail("Zoë Ünal", "zoe@example.com"), launch.actor());
        assertEquals("760e3480-ba55-4991-94b0-01820dbd23a2", launch.registration());
        assertEquals("https://lms.example.com/courses/42", launch.activityId());
        assertEquals("https://lms.example.com/programs/7", launch.grouping());
        assertEquals("Moodle 4.3", launch.platform());
    }

    @Test
    void acceptsTheOldArrayFormOfTheActor() throws Exception {
        assertEquals(Agent.withEmail("Ada", "ada@example.com"),
                LaunchParameters.read(query("{\"name\": [\"Ada\"], \"mbox\": [\"mailto:ada@example.com\"]}")).actor());
        assertEquals(Agent.withAccount("Ada", "https://lms.example.com", "u-17"), LaunchParameters.read(query(
                "{\"name\": [\"Ada\"], \"account\": [{\"accountServiceHomePage\": \"https://lms.example.com\", \"accountName\": \"u-17\"}]}")).actor());
    }

    @Test
    void aPageOpenedWithoutLaunchParametersIsStandalone() throws Exception {
        assertNull(LaunchParameters.read(""));
        assertNull(LaunchParameters.read(null));
        assertNull(LaunchParameters.read("?lang=de"));
    }

    @Test
    void everyMissingOrMalformedParameterIsNamed() {
        InvalidDocumentException error = assertThrows(InvalidDocumentException.class, () -> LaunchParameters.read(
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
                assertThrows(InvalidDocumentException.class, () -> LaunchParameters.read("endpoint=https%3A%2F%2Fl&auth=x&actor=%7B%zz")).problems());
        assertEquals(List.of("actor: is not JSON: Unexpected end of JSON, expected a value at line 1, column 6"),
                assertThrows(InvalidDocumentException.class, () -> LaunchParameters.read("endpoint=https%3A%2F%2Fl&auth=x&actor=%7B%22a%22%3A")).problems());
        assertEquals(List.of("actor: needs an mbox or an account to identify the learner"),
                assertThrows(InvalidDocumentException.class, () -> LaunchParameters.read("endpoint=https%3A%2F%2Fl&auth=x&actor=%7B%7D")).problems());
    }

    @Test
    void aCmi5LaunchIsNamedAsUnsupportedRatherThanReportedAsAMissingAuth() {
        assertEquals(List.of("fetch: cmi5 launches are not supported yet: import the course as a Tin Can package"),
                assertThrows(InvalidDocumentException.class, () -> LaunchParameters.read("endpoint=https%3A%2F%2Flms.example.com%2Flrs%2F"
                        + "&fetch=https%3A%2F%2Flms.example.com%2Ffetch%2F1&actor=%7B%7D&registration=760e3480-ba55-4991-94b0-01820dbd23a2"
                        + "&activityId=https%3A%2F%2Flms.example.com%2Fau%2F1")).problems());
    }
}
