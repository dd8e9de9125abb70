package org.courseruntime.json;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of {@link Map} (keys in insertion order), {@link List}, {@link String}, {@link Number},
 * {@link Boolean} and {@code null} as compact JSON.
 *
 * <p>Example: {@code JsonWriter.write(Map.of("a", List.of(1, "x")))} gives {@code {"a":[1,"x"]}}.
 * Hand-written because TeaVM's classlib makes a general formatter expensive in bytes.
 */
public final class JsonWriter {
    private static final int DECIMALS = 6;
    private static final long SCALE = 1_000_000L;

    private JsonWriter() {
    }

    /** The compact JSON text of {@code value}. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            appendString(out, text);
        } else if (value instanceof Boolean flag) {
            out.append(flag.booleanValue());
        } else if (value instanceof Number number) {
            appendNumber(out, number);
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map);
        } else if (value instanceof List<?> list) {
            appendArray(out, list);
        } else {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getName() + " as JSON");
        }
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            appendString(out, (String) entry.getKey());
            out.append(':');
            append(out, entry.getValue());
        }
        out.append('}');
    }

    private static void appendArray(StringBuilder out, List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            append(out, list.get(i));
        }
        out.append(']');
    }

    /** {@code value} as JSON writes it, e.g. {@code 4}, {@code -2.5}, {@code 0.333333}. */
    public static String number(double value) {
        StringBuilder out = new StringBuilder();
        appendNumber(out, value);
        return out.toString();
    }

    private static void appendNumber(StringBuilder out, Number number) {
        if (number instanceof Integer || number instanceof Long) {
            out.append(number.longValue());
            return;
        }
        double value = number.doubleValue();
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("JSON has no representation for NaN or infinity");
        }
        if (Math.abs(value) >= 1e15) {
            throw new IllegalArgumentException("Numbers of 1e15 and more are not written");
        }
        appendDecimal(out, value);
    }

    /**
     * Writes {@code value} rounded to {@value #DECIMALS} decimal places, without trailing zeros ({@code 0.8333333333}
     * becomes {@code 0.833333}, {@code 3.0} becomes {@code 3}). Not {@code Double.toString}: TeaVM's shortest-repr
     * conversion costs about 35 KB, and scores and weights need no more precision than this.
     */
    private static void appendDecimal(StringBuilder out, double value) {
        long scaled = Math.round(Math.abs(value) * SCALE);
        if (value < 0 && scaled != 0) {
            out.append('-');
        }
        out.append(scaled / SCALE);
        long fraction = scaled % SCALE;
        if (fraction != 0) {
            String digits = Long.toString(fraction + SCALE).substring(1);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            out.append('.').append(digits, 0, end);
        }
    }

    private static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // U+2028/U+2029 are escaped too: they end a line in older JavaScript string literals.
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        appendUnicodeEscape(out, c);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static void appendUnicodeEscape(StringBuilder out, char c) {
        String hex = "0123456789abcdef";
        out.append("\\u")
                .append(hex.charAt((c >> 12) & 0xF))
                .append(hex.charAt((c >> 8) & 0xF))
                .append(hex.charAt((c >> 4) & 0xF))
                .append(hex.charAt(c & 0xF));
    }
}
