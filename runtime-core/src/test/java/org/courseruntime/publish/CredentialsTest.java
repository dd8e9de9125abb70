package org.courseruntime.publish;

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
    void neverShowsLoginOrPasswordAsText() {
        String text = new Credentials("demo-lap", "s3cret").toString() + " " + String.valueOf(new Credentials("a", "b"));

        assertFalse(text.contains("demo-lap"));
        assertFalse(text.contains("s3cret"));
    }
}
