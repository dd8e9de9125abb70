package org.courseruntime.architecture;

import static org.courseruntime.architecture.PortabilityRules.CORE;

import org.junit.jupiter.api.Test;

/**
 * runtime-core stays clear of the JDK parts that TeaVM compiles into kilobytes (docs/decisions.md): a slip here would
 * show up much later as a size jump in course-runtime.js otherwise. Each rule says why when it fails.
 */
class CoreStaysSmallInTheBrowserTest {
    @Test
    void theCoreUsesOnlyTheJdkPackagesTeaVmCompilesSmall() {
        PortabilityRules.ONLY_THE_JDK_TEAVM_COMPILES_SMALL.check(CORE);
    }

    @Test
    void noRegularExpressionIsCompiledIntoTheRuntime() {
        PortabilityRules.NO_REGEX.check(CORE);
    }

    @Test
    void timesAndDurationsAreWrittenWithoutJavaTime() {
        PortabilityRules.NO_JAVA_TIME.check(CORE);
    }

    @Test
    void textIsJoinedWithoutStringFormat() {
        PortabilityRules.NO_FORMAT.check(CORE);
    }

    @Test
    void numbersAreWrittenAndReadWithoutTheJdksDoubleConversions() {
        PortabilityRules.NO_DOUBLE_TEXT.check(CORE);
    }

    @Test
    void utf8IsCodedWithoutTheJdksCharsets() {
        PortabilityRules.NO_CHARSETS.check(CORE);
    }

    @Test
    void base64IsWrittenWithoutJavaUtilBase64() {
        PortabilityRules.NO_JAVA_BASE64.check(CORE);
    }

    @Test
    void answersAreCaseFoldedWithoutUnicodeTables() {
        PortabilityRules.NO_UNICODE_CASE_TABLES.check(CORE);
    }

    @Test
    void collectionsAreCopiedWithoutTheJdksImmutableCollections() {
        PortabilityRules.NO_IMMUTABLE_COLLECTIONS.check(CORE);
    }

    @Test
    void collectionsAreNotWrappedByJavaUtilCollections() {
        PortabilityRules.NO_COLLECTIONS_CLASS.check(CORE);
    }

    @Test
    void enumsAreNotKeyedThroughEnumMapOrEnumSet() {
        PortabilityRules.NO_ENUM_MAP_OR_SET.check(CORE);
    }

    @Test
    void theOnlyHashTableTheCoreMakesIsOrderedMap() {
        PortabilityRules.NO_HASH_TABLES_BUT_ORDERED_MAP.check(CORE);
    }

    @Test
    void arraysAreCopiedWithoutSystemArraycopy() {
        PortabilityRules.NO_ARRAYCOPY.check(CORE);
    }

    @Test
    void listsAreNotViewedThroughSubList() {
        PortabilityRules.NO_SUBLIST.check(CORE);
    }

    @Test
    void nothingIsSortedByTheJdk() {
        PortabilityRules.NO_SORT.check(CORE);
    }

    @Test
    void noClassNameIsKeptInTheRuntime() {
        PortabilityRules.NO_CLASS_NAMES.check(CORE);
    }

    @Test
    void noLongIsWrittenAsText() {
        PortabilityRules.NO_LONG_TO_TEXT.check(CORE);
    }

    @Test
    void listsAreSearchedWithIndexOfNotContains() {
        PortabilityRules.NO_LIST_CONTAINS.check(CORE);
    }

    @Test
    void enumsAreComparedWithEqualsSignsNotSwitchedOn() {
        PortabilityRules.NO_SWITCH_ON_AN_ENUM.check(CORE);
    }
}
