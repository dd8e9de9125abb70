package org.courseruntime.json;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.courseruntime.encoding.Decimal;

/**
 * Writes a tree of {@link Map} (keys in insertion order), {@link List}, {@link String}, {@link Number},
 * {@link Boolean}, {@code null} and {@link JsonWritable} as compact JSON.
 *
 * <p>Example: {@code JsonWriter.write(Map.of("a", List.of(1, "x")))} gives {@code {"a":[1,"x"]}}.
 * Hand-written because TeaVM's classlib makes a general formatter expensive in bytes. It fills its own char array
 * rather than a StringBuilder, whose TeaVM version makes room for every appended char with a method call of its own
 * and starts at 16 chars: in the browser every char array is a typed array, allocated outside the JS heap when over
 * 64 bytes, and those allocations were most of the time a statement took to write. So one array is kept between writes.
 */
public final class JsonWriter {
    private static final int DECIMALS = 6;
    private static final int SCALE = 1_000_000;
    private static final String HEX = "0123456789abcdef";

    /** The array of the last write, for the next one to reuse (a concurrent write on the JVM makes its own). */
    private static final AtomicReference<char[]> SPARE = new AtomicReference<>();

    private char[] chars;
    private int length;
    /** Whether the object or array being written has nothing in it yet (no comma before the next member). */
    private boolean empty;

    private JsonWriter() {
        chars = SPARE.getAndSet(null);
        if (chars == null) {
            chars = new char[2048]; // room for a statement with a long interaction definition
        }
    }

    /** The compact JSON text of {@code value}. */
    public static String write(Object value) {
        return write("", value);
    }

    /**
     * {@code prefix} followed by the compact JSON text of {@code value}, in one string: for a stored entry that has a
     * header before its JSON, at the cost of one copy instead of two.
     */
    public static String write(String prefix, Object value) {
        JsonWriter out = new JsonWriter();
        out.appendRaw(prefix);
        out.append(value);
        return out.finish();
    }

    /** {@code value} as JSON writes it, e.g. {@code 4}, {@code -2.5}, {@code 0.333333}. */
    public static String number(double value) {
        JsonWriter out = new JsonWriter();
        out.appendNumber(value);
        return out.finish();
    }

    private String finish() {
        String text = new String(chars, 0, length);
        SPARE.set(chars);
        return text;
    }

    /** Starts an object: {@link #member} or {@link #name} for each member, then {@link #endObject()}. */
    public JsonWriter beginObject() {
        appendChar('{');
        empty = true;
        return this;
    }

    public JsonWriter endObject() {
        appendChar('}');
        empty = false;
        return this;
    }

    /** Starts an array: {@link #item()} before each item, then {@link #endArray()}. */
    public JsonWriter beginArray() {
        appendChar('[');
        empty = true;
        return this;
    }

    public JsonWriter endArray() {
        appendChar(']');
        empty = false;
        return this;
    }

    /** The name of the next member; its value follows (a value, or an object or array begun here). */
    public JsonWriter name(String name) {
        item();
        appendString(name);
        appendChar(':');
        return this;
    }

    /** Marks the start of the next array item. */
    public JsonWriter item() {
        if (!empty) {
            appendChar(',');
        }
        empty = false;
        return this;
    }

    /** A value already written as JSON text (by an earlier write), put in as it is: see {@link JsonText}. */
    public JsonWriter json(String text) {
        appendRaw(text);
        return this;
    }

    /** A value (an array item after {@link #item()}): anything {@link #write(Object)} takes. */
    public JsonWriter value(Object value) {
        append(value);
        return this;
    }

    /** A member whose value is anything {@link #write(Object)} takes. */
    public JsonWriter member(String name, Object value) {
        name(name);
        append(value);
        return this;
    }

    private void append(Object value) {
        if (value instanceof String text) {
            appendString(text);
        } else if (value instanceof Map<?, ?> map) {
            appendObject(map);
        } else if (value instanceof List<?> list) {
            appendArray(list);
        } else if (value instanceof JsonWritable writable) {
            writable.writeTo(this);
        } else if (value instanceof Integer number) {
            appendInt(number);
        } else if (value instanceof Long number) {
            appendLong(number);
        } else if (value instanceof Number number) {
            appendNumber(number.doubleValue());
        } else if (value instanceof Boolean flag) {
            appendRaw(flag ? "true" : "false");
        } else if (value == null) {
            appendRaw("null");
        } else {
            throw JsonLimits.notJson();
        }
    }

    private void appendObject(Map<?, ?> map) {
        appendChar('{');
        boolean first = true;
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!first) {
                appendChar(',');
            }
            first = false;
            appendString((String) entry.getKey());
            appendChar(':');
            append(entry.getValue());
        }
        appendChar('}');
    }

    private void appendArray(List<?> list) {
        appendChar('[');
        for (int i = 0; i < list.size(); i++) {
            if (i > 0) {
                appendChar(',');
            }
            append(list.get(i));
        }
        appendChar(']');
    }

    private void appendNumber(double value) {
        JsonLimits.requireWritable(value);
        if (value == (int) value) {
            appendInt((int) value); // scores and weights are mostly whole: no long arithmetic, which TeaVM emulates
        } else if (value == Math.floor(value)) {
            appendLong((long) value); // a whole number beyond int, e.g. a date in milliseconds from a cmi5 template
        } else {
            appendDecimal(value);
        }
    }

    /**
     * Writes {@code value} rounded to {@value #DECIMALS} decimal places, without trailing zeros ({@code 0.8333333333}
     * becomes {@code 0.833333}, {@code 3.0} becomes {@code 3}). Not {@code Double.toString}: TeaVM's shortest-repr
     * conversion costs about 35 KB, and scores and weights need no more precision than this.
     */
    private void appendDecimal(double value) {
        double magnitude = Math.abs(value);
        long whole = (long) magnitude;
        // The fraction scaled on its own: the whole value times 10^6 would lose digits from about 9e9 on.
        int fraction = (int) Math.round((magnitude - whole) * SCALE);
        if (fraction == SCALE) {
            whole++;
            fraction = 0;
        }
        if (value < 0 && (whole != 0 || fraction != 0)) {
            appendChar('-');
        }
        appendLong(whole);
        if (fraction != 0) {
            appendChar('.');
            appendDigits(fraction, DECIMALS);
            while (chars[length - 1] == '0') {
                length--;
            }
        }
    }

    private void appendLong(long value) {
        if (value == (int) value) {
            appendInt((int) value);
        } else if (value == Long.MIN_VALUE) {
            appendRaw("-9223372036854775808");
        } else {
            appendRaw(value < 0 ? "-" + Decimal.of(-value) : Decimal.of(value)); // not Long.toString: see Decimal
        }
    }

    private void appendInt(int value) {
        if (value < 0) {
            appendChar('-');
            if (value == Integer.MIN_VALUE) {
                appendRaw("2147483648");
                return;
            }
            value = -value;
        }
        int width = 1;
        for (int rest = value / 10; rest > 0; rest /= 10) {
            width++;
        }
        appendDigits(value, width);
    }

    /** The last {@code width} decimal digits of {@code value} (>= 0), zero-padded. */
    private void appendDigits(int value, int width) {
        ensureRoom(width);
        Decimal.put(chars, length, value, width);
        length += width;
    }

    private void appendString(String text) {
        int size = text.length();
        ensureRoom(size + 2);
        chars[length++] = '"';
        for (int i = 0; i < size; i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\' && c != '\u2028' && c != '\u2029') {
                chars[length++] = c;
            } else {
                appendEscape(c);
                ensureRoom(size - i + 1);
            }
        }
        chars[length++] = '"';
    }

    /** U+2028/U+2029 are escaped too: they end a line in older JavaScript string literals. */
    private void appendEscape(char c) {
        switch (c) {
            case '"' -> appendRaw("\\\"");
            case '\\' -> appendRaw("\\\\");
            case '\n' -> appendRaw("\\n");
            case '\r' -> appendRaw("\\r");
            case '\t' -> appendRaw("\\t");
            default -> {
                appendRaw("\\u");
                for (int shift = 12; shift >= 0; shift -= 4) {
                    appendChar(HEX.charAt((c >> shift) & 0xF));
                }
            }
        }
    }

    /** Appends {@code text} as it is (ASCII or not): JSON punctuation, literals and a caller's prefix. */
    private void appendRaw(String text) {
        ensureRoom(text.length());
        for (int i = 0; i < text.length(); i++) {
            chars[length++] = text.charAt(i);
        }
    }

    private void appendChar(char c) {
        ensureRoom(1);
        chars[length++] = c;
    }

    private void ensureRoom(int more) {
        if (length + more > chars.length) {
            char[] larger = new char[Math.max(chars.length * 2, length + more)];
            for (int i = 0; i < length; i++) { // not System.arraycopy, whose TeaVM version checks array types at length
                larger[i] = chars[i];
            }
            chars = larger;
        }
    }
}
