package org.courseruntime.tools.publish;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.courseruntime.json.Problems;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * A content page's body: Markdown, in which an author may also write HTML, of which only a safe set of elements
 * reaches the page (jsoup's relaxed allow-list: text, lists, links, images, tables, code; never a script, an event
 * handler, a style or a {@code javascript:} URL). Links and images may name files of the course folder by a relative
 * path, which the publisher checks.
 */
final class ContentBody {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().sanitizeUrls(true).build();
    /** A base for relative URLs only while jsoup cleans: none of it stays in the output. */
    private static final String BASE = "https://course.invalid/";

    /** The cleaned body, kept parsed: the page takes its HTML, and the file check reads its links. */
    private final Document body;

    private ContentBody(Document body) {
        this.body = body;
    }

    static ContentBody of(String markdown) {
        String rendered = HTML.render(MARKDOWN.parse(markdown));
        Document clean = Jsoup.parseBodyFragment(Jsoup.clean(rendered, BASE, Safelist.relaxed().addTags("hr").preserveRelativeLinks(true)));
        // The page's title is its h2: a body's headings go under it (# becomes h3), for the outline screen readers give.
        for (Element heading : clean.select("h1, h2, h3, h4, h5, h6")) {
            heading.tagName("h" + Math.min(6, heading.tagName().charAt(1) - '0' + 2));
        }
        return new ContentBody(clean);
    }

    /** The body as safe HTML. */
    String html() {
        return body.body().html();
    }

    /**
     * Adds to {@code problems}, at {@code where}, each file the body names that is not a file of {@code courseFolder}:
     * missing, outside it, or a link to elsewhere (which the export would not hold, or would leak).
     */
    void findMissingFiles(Path courseFolder, String where, Problems problems) {
        Path folder;
        try {
            folder = courseFolder.toRealPath();
        } catch (IOException e) {
            problems.add(where, "the course folder cannot be read: " + e.getMessage());
            return;
        }
        for (Element element : body.select("a[href], img[src]")) {
            String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            String path = url.replaceFirst("[?#].*$", "");
            if (path.isEmpty() || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
                continue; // a link within the page, or to the web
            }
            Path file;
            try { // a link is a URL: media/my%20photo.png names "media/my photo.png"
                file = folder.resolve(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8)).normalize();
            } catch (IllegalArgumentException e) { // a malformed %-escape, or an InvalidPathException
                problems.add(where, "\"" + url + "\" is not a path of a file");
                continue;
            }
            if (!file.startsWith(folder)) {
                problems.add(where, "\"" + url + "\" is outside the course folder");
            } else if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !isInside(file, folder)) {
                problems.add(where, "\"" + url + "\" is not a file of the course folder");
            }
        }
    }

    /** Whether {@code file}, every link on its way resolved, is still in {@code folder}. */
    private static boolean isInside(Path file, Path folder) {
        try {
            return file.toRealPath().startsWith(folder);
        } catch (IOException e) {
            return false;
        }
    }
}
