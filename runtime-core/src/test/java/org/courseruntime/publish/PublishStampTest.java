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
        assertEquals("course.json and publish-settings.json are not what the publisher checked (changed after publishing?)",
                PublishStamp.whyNotVouched(STAMP, Fixtures.COURSE.replace("Safe", "safe"), SETTINGS.replace("xapi/", "xAPI/")));
    }

    @Test
    void everyCharacterCountsButAByteOrderMarkAndCarriageReturnsDoNot() {
        assertNotEquals(PublishStamp.digest("{\"a\": 1}"), PublishStamp.digest("{\"a\":  1}"));
        assertNotEquals(PublishStamp.digest("ab"), PublishStamp.digest("ba"));
        assertNotEquals(PublishStamp.digest("\"\uD83C\uDF93\""), PublishStamp.digest("\"\uDF93\uD83C\""));
        assertEquals(PublishStamp.digest("{}"), PublishStamp.digest("\uFEFF{}"), "browsers drop the mark");
        assertEquals(PublishStamp.digest("{\n}\n"), PublishStamp.digest("{\r\n}\r\n"), "an upload may change line endings");
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
