package org.courseruntime.demo.publish;

import java.util.Map;
import org.courseruntime.course.CourseDefinition;

/**
 * The {@code tincan.xml} an LMS reads to import a Tin Can package: the course as one activity with its name in each
 * language and the page to launch.
 */
final class TinCanXml {
    private TinCanXml() {
    }

    static String of(CourseDefinition course, String launchPage) {
        StringBuilder names = new StringBuilder();
        for (Map.Entry<String, String> title : course.title().entrySet()) {
            names.append("      <name lang=\"").append(Xml.escape(title.getKey())).append("\">")
                    .append(Xml.escape(title.getValue())).append("</name>\n");
        }
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<tincan xmlns=\"http://projecttincan.com/tincan.xsd\">\n"
                + "  <activities>\n"
                + "    <activity id=\"" + Xml.escape(course.id()) + "\" type=\"" + CourseDefinition.COURSE_TYPE + "\">\n"
                + names
                + "      <launch lang=\"" + Xml.escape(course.language()) + "\">" + Xml.escape(launchPage) + "</launch>\n"
                + "    </activity>\n"
                + "  </activities>\n"
                + "</tincan>\n";
    }
}
