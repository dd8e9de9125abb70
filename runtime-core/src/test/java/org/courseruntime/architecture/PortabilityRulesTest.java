package org.courseruntime.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.courseruntime.architecture.fixture.Slips;
import org.junit.jupiter.api.Test;

/** The rules see in the bytecode what the text search over the sources missed. */
class PortabilityRulesTest {
    private static final JavaClasses SLIPS = new ClassFileImporter().importClasses(Slips.class);

    @Test
    void aSwitchOnAnEnumIsFoundByTheOrdinalItReads() {
        assertFinds(PortabilityRules.NO_SWITCH_ON_AN_ENUM, "switchOnAnEnum", "about 290 B gzip");
    }

    @Test
    void listContainsIsFound() {
        assertFinds(PortabilityRules.NO_LIST_CONTAINS, "listContains", "use indexOf");
    }

    @Test
    void aRemoveByEqualsThroughACollectionIsFound() {
        assertFinds(PortabilityRules.NO_LIST_CONTAINS, "collectionRemove", "remove by index");
    }

    @Test
    void aLongJoinedToAStringIsFoundThoughNoLongToStringIsWritten() {
        assertFinds(PortabilityRules.NO_LONG_TO_TEXT, "longJoined", "64-bit division");
    }

    @Test
    void aDoubleJoinedToAStringIsFoundThoughNoDoubleToStringIsWritten() {
        assertFinds(PortabilityRules.NO_DOUBLE_TEXT, "doubleJoined", "35 KB");
    }

    @Test
    void aClassNameTakenFromAClassLiteralIsFound() {
        assertFinds(PortabilityRules.NO_CLASS_NAMES, "className", "every class's name");
    }

    @Test
    void aRegularExpressionIsFoundWhateverTheReceiverIsCalled() {
        assertFinds(PortabilityRules.NO_REGEX, "splitWithAnotherReceiver", "118 KB");
    }

    private static void assertFinds(ArchRule rule, String method, String why) {
        String message = assertThrows(AssertionError.class, () -> rule.check(SLIPS)).getMessage();
        assertTrue(message.contains("Slips." + method + "("), message);
        assertTrue(message.contains(why), message);
    }
}
