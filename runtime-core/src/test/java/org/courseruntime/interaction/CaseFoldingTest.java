package org.courseruntime.interaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaseFoldingTest {
    @Test
    void foldsEveryCasedLetterOfLatinGreekAndCyrillicAsTheJdkDoes() {
        for (char c = 0; c < 0x0530; c++) {
            boolean covered = c < 0x0180 || (c >= 0x0370 && c < 0x0530);
            char jdk = Character.toLowerCase(c);
            if (covered && Character.toUpperCase(jdk) == c && jdk != c && c != '\u0130' && c != '\u0178'
                    && !(c >= 0x03CF && c <= 0x03FF) && !(c >= 0x0460 && c <= 0x052F) && c != '\u0376' && c != '\u0370'
                    && c != '\u0372' && c != '\u037F' && c != '\u0386' && !(c >= 0x0388 && c <= 0x038F)) {
                assertEquals(jdk, CaseFolding.lower(c), "U+" + Integer.toHexString(c));
            }
        }
    }

    @Test
    void comparesAnswersIgnoringCaseInEuropeanScripts() {
        assertTrue(CaseFolding.equalIgnoringCase("ZÜRICH", "zürich"));
        assertTrue(CaseFolding.equalIgnoringCase("ŁÓDŹ", "łódź"));
        assertTrue(CaseFolding.equalIgnoringCase("ΑΘΗΝΑ", "αθηνα"));
        assertTrue(CaseFolding.equalIgnoringCase("МОСКВА", "москва"));
        assertTrue(CaseFolding.equalIgnoringCase("北京", "北京"));
        assertFalse(CaseFolding.equalIgnoringCase("Paris", "Parish"));
        assertFalse(CaseFolding.equalIgnoringCase("Zürich", "Zurich"));
    }
}
