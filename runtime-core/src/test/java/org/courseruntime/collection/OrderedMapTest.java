package org.courseruntime.collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.courseruntime.publish.StatementKind;
import org.junit.jupiter.api.Test;

/** The JVM's OrderedMap keeps the contract of the browser's, a JS Map: keys it compares as equals does, or none. */
class OrderedMapTest {
    @Test
    void stringAndEnumKeysAreKeptInInsertionOrder() {
        Map<Object, String> map = new OrderedMap<>();
        map.put("10", "a");
        map.put(StatementKind.PASSED, "b");
        map.put("2", "c");
        assertEquals("{10=a, PASSED=b, 2=c}", map.toString());
    }

    @Test
    void aKeyTheBrowserWouldCompareByIdentityIsRefusedWhicheverWayItIsPut() {
        Map<Object, String> map = new OrderedMap<>();
        Map<Object, String> integerKeyed = new LinkedHashMap<>();
        integerKeyed.put(1, "one");
        String message = assertThrows(IllegalArgumentException.class, () -> map.put(1, "one")).getMessage();
        assertTrue(message.contains("by identity"), message);
        assertThrows(IllegalArgumentException.class, () -> map.put(null, "none"));
        assertThrows(IllegalArgumentException.class, () -> map.putAll(integerKeyed));
        assertThrows(IllegalArgumentException.class, () -> new OrderedMap<>(integerKeyed));
        assertThrows(IllegalArgumentException.class, () -> map.putIfAbsent(1L, "one"));
        assertThrows(IllegalArgumentException.class, () -> map.computeIfAbsent(1.0, key -> "one"));
        assertThrows(IllegalArgumentException.class, () -> map.compute('1', (key, old) -> "one"));
        assertThrows(IllegalArgumentException.class, () -> map.merge(new Object(), "one", (old, added) -> added));
        assertEquals(Map.of(), map);
    }
}
