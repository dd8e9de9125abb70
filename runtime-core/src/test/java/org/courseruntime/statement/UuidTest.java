package org.courseruntime.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.courseruntime.testing.SeededRandom;
import org.junit.jupiter.api.Test;

class UuidTest {
    @Test
    void makesLowerCaseVersion4UuidsWithTheRfc4122Variant() {
        SeededRandom random = new SeededRandom(1);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = Uuid.v4(random);
            UUID parsed = UUID.fromString(id);
            assertEquals(4, parsed.version(), id);
            assertEquals(2, parsed.variant(), id);
            assertEquals(parsed.toString(), id);
            assertTrue(seen.add(id), "repeated " + id);
        }
    }

    @Test
    void recognisesTheCanonicalFormOnly() {
        assertTrue(Uuid.isValid("3F2B8C1E-5d4a-4e6f-9a0b-1c2d3e4f5a6b"));
        assertFalse(Uuid.isValid("3f2b8c1e5d4a4e6f9a0b1c2d3e4f5a6b"));
        assertFalse(Uuid.isValid("3f2b8c1e-5d4a-4e6f-9a0b-1c2d3e4f5a6g"));
        assertFalse(Uuid.isValid(null));
    }
}
