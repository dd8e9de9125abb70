package org.courseruntime.tools.publish;

import java.math.BigDecimal;
import java.util.Map;
import org.courseruntime.course.CourseDefinition;

/**
 * The {@code cmi5.xml} an LMS reads to import a cmi5 course: a course structure with the course as one assignable
 * unit (AU), launched from the course's page.
 */
final class Cmi5Xml {
    private Cmi5Xml() {
    }

    /**
     * The AU's id is the course's id, the activity every course statement names when no LMS launched it, so that
     * reports can join the two; cmi5 wants the course structure to be a distinct activity, so it is
     * {@code <course id>/cmi5-course}. The course has no description of its own: its title stands in where cmi5
     * requires one.
     */
    static String of(CourseDefinition course, String launchPage) {
        String texts = texts("title", course.title()) + texts("description", course.title());
        // cmi5's masteryScore is the pass threshold; the course's own masteryScore only decides "mastered".
        double passScore = course.passCriteria().minimumScore();
        String masteryScore = passScore > 0 ? " masteryScore=\"" + BigDecimal.valueOf(passScore).toPlainString() + "\"" : "";
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<courseStructure xmlns=\"https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd\">\n"
                + "  <course id=\"" + Xml.escape(course.id() + "/cmi5-course") + "\">\n"
                + texts
                + "  </course>\n"
                // The LMS counts the AU once the learner finished it and passed; without a minimum score, finishing passes.
                + "  <au id=\"" + Xml.escape(course.id()) + "\" moveOn=\"CompletedAndPassed\"" + masteryScore
                + " launchMethod=\"AnyWindow\">\n"
                + texts
                + "    <url>" + Xml.escape(launchPage) + "</url>\n"
                + "  </au>\n"
                + "</courseStructure>\n";
    }

    private static String texts(String element, Map<String, String> langstrings) {
        return "    <" + element + ">\n" + Xml.perLanguage("      ", "langstring", langstrings) + "    </" + element + ">\n";
    }
}
