package org.courseruntime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void writesCompactJsonInInsertionOrder() {
        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("z", 1);
        tree.put("a", Arrays.asList(true, null, "x", 2.5, 3.0, -7L));

        assertEquals("{\"z\":1,\"a\":[true,null,\"x\",2.5,3,-7]}", JsonWriter.write(tree));
    }

    @Test
    void escapesQuotesBackslashesControlsAndLineSeparators() {
        assertEquals("\"a\\\"b\\\\c\\n\\t\\u0001\\u2028</script>\"", JsonWriter.write("a\"b\\c\n\t\u0001\u2028</script>"));
    }

    @Test
    void writesFractionsRoundedToSixDecimalsWithoutTrailingZeros() {
        assertEquals("[0.333333,-0.666667,0.1,-2.5,0,100,0.000001]",
                JsonWriter.write(List.of(1.0 / 3, -2.0 / 3, 0.1, -2.5, -0.0000001, 100.0, 0.000001)));
    }

    @Test
    void writesLargeNumbersWithEveryDigitTheyHold() {
        assertEquals("[10000000000000,-9000000000001,123456789012.5,4294967296.25,1000000000]",
                JsonWriter.write(List.of(1e13, -9_000_000_000_001.0, 123_456_789_012.5, 4_294_967_296.25, 999_999_999.9999999)));
    }

    @Test
    void refusesValuesJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(1e16));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> JsonWriter.write(List.of(new Object())));
    }

    @Test
    void writesWholeNumbersOfEveryRangeAndTextLongerThanItsFirstBuffer() {
        assertEquals("[-2147483648,2147483647,-9007199254740993,1234567.5,-0.5]",
                JsonWriter.write(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, -9_007_199_254_740_993L, 1_234_567.5, -0.5)));
        String longText = "\u00e9\"".repeat(3000);
        assertEquals(2 + 3000 * 3, JsonWriter.write(longText).length());
        assertEquals("\"short\"", JsonWriter.write("short")); // the array kept from the long write holds nothing of it
    }

    @Test
    void aWritableValuePutsCommasBetweenMembersAndItemsAtEveryDepth() {
        JsonWritable writable = out -> {
            out.beginObject().member("a", 1).name("empty").beginObject().endObject().name("list").beginArray();
            for (int i = 0; i < 3; i++) {
                out.item().beginObject().member("i", i).member("tree", Map.of("k", List.of())).endObject();
            }
            out.endArray().member("z", null).endObject();
        };

        assertEquals("[{\"a\":1,\"empty\":{},\"list\":[{\"i\":0,\"tree\":{\"k\":[]}},{\"i\":1,\"tree\":{\"k\":[]}},"
                + "{\"i\":2,\"tree\":{\"k\":[]}}],\"z\":null},true]", JsonWriter.write(Arrays.asList(writable, true)));
    }
}
