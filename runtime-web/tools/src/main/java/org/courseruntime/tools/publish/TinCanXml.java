package org.courseruntime.tools.publish;

import org.courseruntime.course.CourseDefinition;

/**
 * The {@code tincan.xml} an LMS reads to import a Tin Can package: the course as one activity with its name and
 * description in each language and the page to launch.
 */
final class TinCanXml {
    private TinCanXml() {
    }

    static String of(CourseDefinition course, String launchPage) {
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<tincan xmlns=\"http://projecttincan.com/tincan.xsd\">\n"
                + "  <activities>\n"
                + "    <activity id=\"" + Xml.escape(course.id()) + "\" type=\"" + CourseDefinition.COURSE_TYPE + "\">\n"
                + Xml.perLanguage("      ", "name", course.title())
                // tincan.xsd requires a description after the name; the course has none of its own, so its title stands in.
                + Xml.perLanguage("      ", "description", course.title())
                + "      <launch lang=\"" + Xml.escape(course.language()) + "\">" + Xml.escape(launchPage) + "</launch>\n"
                + "    </activity>\n"
                + "  </activities>\n"
                + "</tincan>\n";
    }
}
