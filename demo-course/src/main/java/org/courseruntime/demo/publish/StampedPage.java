package org.courseruntime.demo.publish;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseruntime.publish.PublishStamp;

/**
 * The launch page with the publisher's stamp in its head: a {@code <meta name="course-runtime-stamp">} right after
 * {@code <head>}, in place of the one an earlier publish left. Only that element changes; the rest of the author's
 * page stays byte for byte.
 */
final class StampedPage {
    private static final Pattern EARLIER_STAMP =
            Pattern.compile("<meta name=\"" + PublishStamp.META_NAME + "\" content=\"[^\"]*\">\\R?");
    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>\\R?", Pattern.CASE_INSENSITIVE);

    private StampedPage() {
    }

    static String of(String page, String stamp) throws IOException {
        String unstamped = EARLIER_STAMP.matcher(page).replaceAll("");
        Matcher head = HEAD.matcher(unstamped);
        if (!head.find()) {
            throw new IOException(CoursePublisher.LAUNCH_PAGE + " has no <head> element, where the publisher writes the"
                    + " course's stamp");
        }
        return unstamped.substring(0, head.end()) + "<meta name=\"" + PublishStamp.META_NAME + "\" content=\"" + stamp
                + "\">\n" + unstamped.substring(head.end());
    }
}
