package org.courseruntime.tools.publish;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.courseruntime.publish.PublishStamp;

/**
 * The launch page with the publisher's stamp: a {@code <meta name="course-runtime-stamp">} right after the page's
 * {@code <head>} (outside comments), or, for a page that leaves the head out as HTML allows, after its doctype, where
 * the browser still puts it in the head. A stamp an earlier publish left is removed, however an editor reformatted it.
 * Only those elements change; the rest of the author's page stays as it was, line endings included.
 */
final class StampedPage {
    private static final Pattern EARLIER_STAMP = Pattern.compile(
            "<meta\\s[^>]*name\\s*=\\s*[\"']?" + PublishStamp.META_NAME + "[\"']?[^>]*>\\R?", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>\\R?", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOCTYPE = Pattern.compile("<!doctype[^>]*>\\R?", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private StampedPage() {
    }

    static String of(String page, String stamp) {
        String unstamped = EARLIER_STAMP.matcher(page).replaceAll("");
        String lineEnd = unstamped.contains("\r\n") ? "\r\n" : "\n";
        int at = end(HEAD, unstamped);
        if (at < 0) {
            at = Math.max(0, end(DOCTYPE, unstamped));
        }
        return unstamped.substring(0, at) + "<meta name=\"" + PublishStamp.META_NAME + "\" content=\"" + stamp + "\">"
                + lineEnd + unstamped.substring(at);
    }

    /** Where the first match of {@code element} outside a comment ends, or -1. */
    private static int end(Pattern element, String page) {
        Matcher match = element.matcher(page);
        Matcher comment = COMMENT.matcher(page);
        int searchFrom = 0;
        while (match.find(searchFrom)) {
            int start = match.start();
            boolean inComment = false;
            comment.reset();
            while (comment.find() && comment.start() < start) {
                if (comment.end() > start) {
                    inComment = true;
                    searchFrom = comment.end();
                }
            }
            if (!inComment) {
                return match.end();
            }
        }
        return -1;
    }
}
