package org.courseruntime.encoding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written encoders agree with the JDK's on random text of every script, emoji included. */
class EncodingTest {
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(20); n > 0; n--) {
            int codePoint = random.nextBoolean() ? 32 + random.nextInt(95) : 0xA0 + random.nextInt(0x10FFFF - 0xA0);
            if (codePoint < 0xD800 || codePoint > 0xDFFF) {
                text.appendCodePoint(codePoint);
            }
        }
        return text.toString();
    }

    @Test
    void utf8Base64AndFormEncodingMatchTheJdk() {
        Random random = new Random(11);
        for (int i = 0; i < 5_000; i++) {
            String text = randomText(random);
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            assertArrayEquals(utf8, Utf8.encode(text), text);
            assertEquals(java.util.Base64.getEncoder().encodeToString(utf8), Base64.encodeUtf8(text));
            assertEquals(URLEncoder.encode(text, StandardCharsets.UTF_8), FormEncoding.encode(text));
            assertEquals(text, FormEncoding.decode(URLEncoder.encode(text, StandardCharsets.UTF_8)));
            assertEquals(text, FormEncoding.decode(text.replace("%", "%25").replace("+", "%2B").replace("&", "%26")));
        }
    }

    @Test
    void aLoneSurrogateBecomesTheReplacementCharacter() {
        assertArrayEquals("a\uFFFDb".getBytes(StandardCharsets.UTF_8), Utf8.encode("a\uD800b"));
    }

    @Test
    void decodingRefusesBrokenEscapesAndBytesThatAreNotUtf8() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FormEncoding.decode("a%2"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FormEncoding.decode("%C3%28"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FormEncoding.decode("%FF"));
        // as the browser's decodeURIComponent: overlong forms, surrogates and code points past U+10FFFF
        for (String notUtf8 : List.of("%E0%80%80", "%ED%A0%80", "%F4%90%80%80", "%F5%80%80%80", "%F8%80%80%80")) {
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FormEncoding.decode(notUtf8),
                    notUtf8);
        }
        assertEquals("\u0800\uD7FF\uE000\uDBFF\uDFFF", FormEncoding.decode("%E0%A0%80%ED%9F%BF%EE%80%80%F4%8F%BF%BF"));
    }

    @Test
    void formsJoinNamesAndValues() {
        assertEquals("content=%5B%7B%7D%5D&X-Experience-API-Version=1.0.3&a+b=c%26d", Form.of(
                "content", "[{}]", "X-Experience-API-Version", "1.0.3", "a b", "c&d"));
    }

    @Test
    void decimalDigitsAreZeroPaddedToTheWidthAsked() {
        assertEquals("000001795876297123", Decimal.padded(1_795_876_297_123L, 18));
        assertEquals("000000042", Decimal.padded(42, 9));
        assertEquals("0", Decimal.padded(0, 1));
    }

    @Test
    void decimalDigitsOfALongHaveNoLeadingZeros() {
        assertEquals("1795876297123", Decimal.of(1_795_876_297_123L));
        assertEquals("9223372036854775807", Decimal.of(Long.MAX_VALUE));
        assertEquals("0", Decimal.of(0));
    }
}
