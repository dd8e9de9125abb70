package org.courseruntime.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonWriter;
import org.junit.jupiter.api.Test;

/** A statement's context over an LMS's cmi5 context template: added to, never overwritten. */
class ContextTest {
    private static final Activity SECTION = new Activity("https://courses.example.com/c/s1", null, null);
    private static final Activity COURSE = new Activity("https://courses.example.com/c", null, null);
    private static final Activity CMI5 = new Activity("https://w3id.org/xapi/cmi5/context/categories/cmi5", null, null);

    private static String written(Map<String, Object> template, Map<String, Object> extensions) {
        return JsonWriter.write(new Context("reg-1", SECTION, List.of(COURSE), List.of(CMI5), "Course Runtime", "en-US",
                extensions, template));
    }

    @Test
    void withoutATemplateItIsTheRuntimesOwn() {
        assertEquals("{\"registration\":\"reg-1\",\"contextActivities\":{"
                + "\"parent\":[{\"objectType\":\"Activity\",\"id\":\"https://courses.example.com/c/s1\"}],"
                + "\"grouping\":[{\"objectType\":\"Activity\",\"id\":\"https://courses.example.com/c\"}],"
                + "\"category\":[{\"objectType\":\"Activity\",\"id\":\"https://w3id.org/xapi/cmi5/context/categories/cmi5\"}]},"
                + "\"platform\":\"Course Runtime\",\"language\":\"en-US\"}", written(Map.of(), Map.of()));
    }

    @Test
    void theTemplatesValuesStayAndOursAreAddedAfterTheirs() {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("registration", null); // a null counts as absent: ours is written
        template.put("platform", "The LMS");
        template.put("instructor", Map.of("mbox", "mailto:t@example.com"));
        template.put("contextActivities", Map.of("grouping", Map.of("id", "https://lms.example.com/publisher-id"),
                "other", List.of(Map.of("id", "https://lms.example.com/o"))));
        template.put("extensions", Map.of("https://w3id.org/xapi/cmi5/context/extensions/sessionid", "s-1"));
        Map<String, Object> ours = new LinkedHashMap<>();
        ours.put("https://w3id.org/xapi/cmi5/context/extensions/sessionid", "not ours to change");
        ours.put("https://w3id.org/xapi/cmi5/context/extensions/masteryscore", 0.8);

        assertEquals("{\"platform\":\"The LMS\",\"instructor\":{\"mbox\":\"mailto:t@example.com\"},"
                + "\"registration\":\"reg-1\",\"contextActivities\":{"
                + "\"other\":[{\"id\":\"https://lms.example.com/o\"}],"
                + "\"parent\":[{\"objectType\":\"Activity\",\"id\":\"https://courses.example.com/c/s1\"}],"
                + "\"grouping\":[{\"id\":\"https://lms.example.com/publisher-id\"},"
                + "{\"objectType\":\"Activity\",\"id\":\"https://courses.example.com/c\"}],"
                + "\"category\":[{\"objectType\":\"Activity\",\"id\":\"https://w3id.org/xapi/cmi5/context/categories/cmi5\"}]},"
                + "\"language\":\"en-US\",\"extensions\":{\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"s-1\","
                + "\"https://w3id.org/xapi/cmi5/context/extensions/masteryscore\":0.8}}", written(template, ours));
    }
}
