package org.courseruntime.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.courseruntime.testing.Fixtures;
import org.junit.jupiter.api.Test;

class PublishStampTest {
    private static final String SETTINGS = Fixtures.allStatements("https://lrs.example.com/xapi/");
    private static final String STAMP = PublishStamp.of(Fixtures.COURSE, SETTINGS);

    @Test
    void aStampIsItsFormatAndTheDigestOfEachDocument() {
        assertEquals("1 " + PublishStamp.digest(Fixtures.COURSE) + " " + PublishStamp.digest(SETTINGS), STAMP);
        assertEquals(16, PublishStamp.digest(Fixtures.COURSE).length());
        assertEquals("5a56d1e7f6bbc27f", PublishStamp.digest("{}"), "the same digest in every run (the browser agrees: a stamped course opens)");
    }

    @Test
    void theStampVouchesForTheTextsItWasMadeOfOnly() {
        assertNull(PublishStamp.whyNotVouched(STAMP, Fixtures.COURSE, SETTINGS));
        assertEquals("course.json is not what the publisher checked (changed after publishing?)",
                PublishStamp.whyNotVouched(STAMP, Fixtures.COURSE.replace("Safe lifting", "Safe lifting!"), SETTINGS));
        assertEquals("publish-settings.json is not what the publisher checked (changed after publishing?)",
                PublishStamp.whyNotVouched(STAMP, Fixtures.COURSE, SETTINGS.replace("xapi/", "xAPI/")));
        assertEquals("publish-settings.json is not what the publisher checked (changed after publishing?)",
                PublishStamp.whyNotVouched(STAMP, Fixtures.COURSE, null), "a missing file is not the one checked");
    }

    @Test
    void everyCharacterCountsButAByteOrderMarkThatBrowsersDropDoesNot() {
        assertNotEquals(PublishStamp.digest("{\"a\": 1}"), PublishStamp.digest("{\"a\":  1}"));
        assertNotEquals(PublishStamp.digest("ab"), PublishStamp.digest("ba"));
        assertEquals(PublishStamp.digest("{}"), PublishStamp.digest("\uFEFF{}"));
    }

    @Test
    void noStampIsNoComplaintAndAStampOfAnotherFormatIsNamed() {
        assertEquals("", PublishStamp.whyNotVouched(null, Fixtures.COURSE, SETTINGS));
        assertEquals("the course's publisher stamp is of format \"0\", which this runtime does not read (it reads format 1):"
                + " republish the course with this runtime's publisher",
                PublishStamp.whyNotVouched("0 " + STAMP.substring(2), Fixtures.COURSE, SETTINGS));
        assertEquals("the course's publisher stamp is of format \"sha256-aaaaaaaaaaaaa...\", which this runtime does not"
                + " read (it reads format 1): republish the course with this runtime's publisher",
                PublishStamp.whyNotVouched("sha256-aaaaaaaaaaaaaaaaaaaaaaaaaaaa", Fixtures.COURSE, SETTINGS));
    }
}
