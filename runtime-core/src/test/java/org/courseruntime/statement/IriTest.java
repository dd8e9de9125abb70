package org.courseruntime.statement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IriTest {
    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/course", "http://adlnet.gov/expapi/verbs/attempted", "urn:uuid:1234",
            "tag:example.com,2026:course", "https://example.com/kurs/überblick"})
    void acceptsAbsoluteIris(String iri) {
        assertTrue(Iri.isAbsolute(iri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "course-1", "/relative/path", "https://example.com/a course", "1http://x", "http:",
            "https://example.com/<b>", ":nothing"})
    void rejectsRelativeOrMalformedIris(String iri) {
        assertFalse(Iri.isAbsolute(iri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/xapi", "https:///xapi", "mailto:a@example.com", "javascript:alert(1)"})
    void anLrsEndpointMustBeAnHttpUrl(String url) {
        assertFalse(Iri.isHttpUrl(url));
    }
}
