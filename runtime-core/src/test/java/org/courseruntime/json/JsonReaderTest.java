package org.courseruntime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {
    @Test
    void readsNestedObjectsArraysAndScalarsKeepingMemberOrder() throws Exception {
        Object value = JsonReader.parse(" {\"b\": [1, -2.5e2, true, false, null], \"a\": {\"x\": \"y\"}} ");

        assertEquals(Map.of("b", java.util.Arrays.asList(1.0, -250.0, true, false, null), "a", Map.of("x", "y")), value);
        assertEquals(List.of("b", "a"), List.copyOf(((Map<?, ?>) value).keySet()));
    }

    @Test
    void readsNumbersInEveryJsonForm() throws Exception {
        assertEquals(List.of(0.0, -0.0, 42.0, 0.8, -12.75, 1500.0, 0.0025, 1.0E-7, 123456789012.0),
                JsonReader.parse("[0, -0, 42, 0.8, -12.75, 1.5e3, 2.5E-3, 1e-7, 123456789012]"));
    }

    @Test
    void decodesEveryEscapeIncludingSurrogatePairs() throws Exception {
        assertEquals("\"\\/\b\f\n\r\t\u00e9\uD83D\uDE00",
                JsonReader.parse("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00\""));
    }

    @Test
    void roundTripsWhatTheWriterWrites() throws Exception {
        Map<String, Object> tree = new java.util.LinkedHashMap<>();
        tree.put("text", "line\nbreak \"quoted\" \u2028 <script>");
        tree.put("list", List.of(1.5, "two", Map.of()));
        tree.put("none", null);

        assertEquals(tree, JsonReader.parse(JsonWriter.write(JsonReader.parse(JsonWriter.write(tree)))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "[1,]", "{\"a\":1,}", "{'a':1}", "01", "1.", "-", "tru", "\"\\x\"", "{} {}",
            "{\"a\":1 \"b\":2}", "\"unterminated", "// comment\n{}", "{\"a\":1,\"a\":2}", "\"tab\there\""})
    void rejectsTextThatIsNotStrictJson(String text) {
        assertThrows(JsonSyntaxException.class, () -> JsonReader.parse(text));
    }

    @Test
    void saysWhereTheErrorIsByLineAndColumnWithoutQuotingTheText() {
        JsonSyntaxException error = assertThrows(JsonSyntaxException.class,
                () -> JsonReader.parse("{\n  \"password\": s3cret\n}"));

        assertEquals("Unexpected character, expected a value at line 2, column 15", error.getMessage());
        assertFalse(error.getMessage().contains("s3cret"));
    }
}
