package org.courseruntime.tracking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.courseruntime.interaction.Answer;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.statement.Score;
import org.junit.jupiter.api.Test;

/** The saved attempt's JSON is read back by later versions of the runtime, on other devices too: its shape stays. */
class AttemptTest {
    @Test
    void aFinishedAttemptIsSavedWithEveryMemberALaterLoadReads() {
        Attempt attempt = new Attempt("5d2c0a7e-3b1f-4c8d-9e6a-7f1b2c3d4e5f", 1_795_000_000_123L);
        attempt.viewed.add("welcome");
        attempt.answers.put("q-verbs", new Answer("a[,]c", true));
        attempt.answers.put("q-survey", new Answer("\"yes\"", null));
        attempt.tried("q-verbs");
        attempt.tried("q-survey");
        attempt.tried("q-verbs");
        attempt.masteredSent = true;
        attempt.position = "results";
        attempt.revision = 7;
        attempt.outcome = new Outcome(true, Score.of(5, 6), true, 100, attempt.answers);
        attempt.finishedAtMillis = 1_795_000_600_123L;

        assertEquals("{\"registration\":\"5d2c0a7e-3b1f-4c8d-9e6a-7f1b2c3d4e5f\",\"startedAt\":1795000000123,"
                + "\"viewed\":[\"welcome\"],\"answers\":{\"q-verbs\":{\"response\":\"a[,]c\",\"correct\":true},"
                + "\"q-survey\":{\"response\":\"\\\"yes\\\"\",\"correct\":null}},\"tries\":{\"q-verbs\":2,\"q-survey\":1},"
                + "\"masteredSent\":true,\"number\":1,"
                + "\"completedSent\":false,\"passedSent\":false,\"judgedInSession\":null,\"position\":\"results\","
                + "\"revision\":7,\"outcome\":{\"passed\":true,\"mastered\":true,\"progress\":100,\"finishedAt\":1795000600123,\"raw\":5,\"max\":6}}",
                JsonWriter.write(attempt));
    }
}
