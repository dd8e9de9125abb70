package org.courseruntime.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.courseruntime.collection.OrderedMap;
import org.courseruntime.encoding.Hex;

/**
 * Parses JSON text (RFC 8259) into the tree {@link JsonWriter} writes: {@link OrderedMap}, {@link ArrayList},
 * {@link String}, {@link Double} for numbers, {@link Boolean} and {@code null}.
 *
 * <p>Example: {@code JsonReader.parse("{\"a\":[1,true]}")} gives a map {@code a -> [1.0, true]}.
 * Hand-written to keep the compiled runtime small; strict: trailing commas, comments, single quotes,
 * and text after the value are errors. Messages give line and column but never quote the text, which may hold a
 * password.
 */
public final class JsonReader {
    private final String text;
    private int pos;

    private JsonReader(String text) {
        this.text = text;
    }

    /** The value the whole of {@code text} holds. */
    public static Object parse(String text) throws JsonSyntaxException {
        if (text == null) {
            throw new JsonSyntaxException("No JSON text", "", 0);
        }
        JsonReader reader = new JsonReader(text);
        reader.skipWhitespace();
        Object value = reader.readValue();
        reader.skipWhitespace();
        if (reader.pos < text.length()) {
            throw reader.error("Unexpected text after the JSON value");
        }
        return value;
    }

    private Object readValue() throws JsonSyntaxException {
        if (pos >= text.length()) {
            throw error("Unexpected end of JSON, expected a value");
        }
        char c = text.charAt(pos);
        switch (c) {
            case '{':
                return readObject();
            case '[':
                return readArray();
            case '"':
                return readString();
            case 't':
                return readLiteral("true", Boolean.TRUE);
            case 'f':
                return readLiteral("false", Boolean.FALSE);
            case 'n':
                return readLiteral("null", null);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return readNumber();
                }
                throw error("Unexpected character, expected a value");
        }
    }

    private Map<String, Object> readObject() throws JsonSyntaxException {
        Map<String, Object> object = new OrderedMap<>();
        pos++;
        skipWhitespace();
        if (peek() == '}') {
            pos++;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                throw error("Expected a quoted member name");
            }
            int keyPos = pos;
            String key = readString();
            if (object.containsKey(key)) {
                throw new JsonSyntaxException("Duplicate member \"" + key + "\"", text, keyPos);
            }
            skipWhitespace();
            expect(':');
            skipWhitespace();
            object.put(key, readValue());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == '}') {
                pos++;
                return object;
            } else {
                throw error("Expected ',' or '}' in object");
            }
        }
    }

    private List<Object> readArray() throws JsonSyntaxException {
        List<Object> array = new ArrayList<>();
        pos++;
        skipWhitespace();
        if (peek() == ']') {
            pos++;
            return array;
        }
        while (true) {
            skipWhitespace();
            array.add(readValue());
            skipWhitespace();
            if (peek() == ',') {
                pos++;
            } else if (peek() == ']') {
                pos++;
                return array;
            } else {
                throw error("Expected ',' or ']' in array");
            }
        }
    }

    private String readString() throws JsonSyntaxException {
        int start = ++pos;
        // Only a string with escapes is built char by char: the others are a substring of the text, which TeaVM
        // makes natively, where its StringBuilder copies each char into a typed array.
        StringBuilder out = null;
        while (true) {
            if (pos >= text.length()) {
                throw error("Unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out == null ? text.substring(start, pos - 1) : out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("Control character in string");
            }
            if (c != '\\') {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(text.substring(start, pos - 1));
            }
            if (pos >= text.length()) {
                throw error("Unterminated escape");
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> out.append(readHexChar());
                default -> {
                    pos--;
                    throw error("Invalid escape");
                }
            }
        }
    }

    private char readHexChar() throws JsonSyntaxException {
        if (pos + 4 > text.length()) {
            throw error("Truncated \\u escape");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Hex.value(text.charAt(pos));
            if (digit < 0) {
                throw error("Invalid hex digit in \\u escape");
            }
            value = value * 16 + digit;
            pos++;
        }
        return (char) value;
    }

    /**
     * Reads a number as significant digits times a power of ten. Not {@code Double.parseDouble}: TeaVM's exact
     * decimal conversion costs about 35 KB. Exact for the integers and short decimals of course files.
     */
    private Double readNumber() throws JsonSyntaxException {
        boolean negative = peek() == '-';
        if (negative) {
            pos++;
        }
        if (!isDigit(peek())) {
            throw error("Expected a digit");
        }
        double digits = 0;
        int exponent = 0;
        if (peek() == '0') {
            pos++;
        } else {
            while (isDigit(peek())) {
                digits = digits * 10 + (text.charAt(pos++) - '0');
            }
        }
        if (peek() == '.') {
            pos++;
            if (!isDigit(peek())) {
                throw error("Expected a digit");
            }
            while (isDigit(peek())) {
                digits = digits * 10 + (text.charAt(pos++) - '0');
                exponent--;
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            pos++;
            boolean negativeExponent = peek() == '-';
            if (peek() == '+' || peek() == '-') {
                pos++;
            }
            if (!isDigit(peek())) {
                throw error("Expected a digit");
            }
            int written = 0;
            while (isDigit(peek())) {
                written = Math.min(written * 10 + (text.charAt(pos++) - '0'), 100_000);
            }
            exponent += negativeExponent ? -written : written;
        }
        double value = exponent < 0 ? digits / Math.pow(10, -exponent) : digits * Math.pow(10, exponent);
        return Double.valueOf(negative ? -value : value);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object readLiteral(String literal, Object value) throws JsonSyntaxException {
        if (!text.startsWith(literal, pos)) {
            throw error("Unexpected character, expected a value");
        }
        pos += literal.length();
        return value;
    }

    private void expect(char c) throws JsonSyntaxException {
        if (peek() != c) {
            throw error("Expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipWhitespace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            pos++;
        }
    }

    private JsonSyntaxException error(String message) {
        return new JsonSyntaxException(message, text, pos);
    }
}
