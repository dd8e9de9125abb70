package org.courseruntime.lrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class CredentialsTest {
    @Test
    void basicAuthorizationIsUtf8ThenBase64() {
        // "jürgen:pässwört" in UTF-8, Base64-encoded (ISO-8859-1 would give a different value).
        assertEquals("Basic asO8cmdlbjpww6Rzc3fDtnJ0", new Credentials("jürgen", "pässwört").authorizationHeader());
        assertEquals("Basic ZGVtby1sYXA6czNjcmV0", new Credentials("demo-lap", "s3cret").authorizationHeader());
    }

    @Test
    void encodesEveryUnicodeTextAsTheJdkWould() {
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder password = new StringBuilder();
            for (int n = random.nextInt(12); n > 0; n--) {
                password.appendCodePoint(random.nextBoolean() ? 32 + random.nextInt(95) : 0xA0 + random.nextInt(0x10FFFF - 0xA0));
            }
            String text = password.toString().replaceAll("[\\uD800-\\uDFFF]", "x"); // lone surrogates are not text
            assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString(
                            ("lap:" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    new Credentials("lap", text).authorizationHeader());
        }
    }

    @Test
    void neverShowsLoginOrPasswordAsText() {
        String text = new Credentials("demo-lap", "s3cret").toString() + " " + String.valueOf(new Credentials("a", "b"));

        assertFalse(text.contains("demo-lap"));
        assertFalse(text.contains("s3cret"));
    }
}
