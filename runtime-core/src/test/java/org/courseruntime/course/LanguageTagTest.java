package org.courseruntime.course;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "zh-Hant-TW", "es-419", "de-CH-1901"})
    void acceptsLanguageTags(String tag) {
        assertTrue(LanguageTag.isValid(tag));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en_US", "-en", "en-", "en--US", "1en", "englishlanguage", "en-abcdefghi"})
    void rejectsWhatIsNotALanguageTag(String tag) {
        assertFalse(LanguageTag.isValid(tag));
    }
}
