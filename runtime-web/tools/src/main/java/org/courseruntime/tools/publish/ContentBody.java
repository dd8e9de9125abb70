package org.courseruntime.tools.publish;

import java.nio.file.Files;
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

    private final String html;

    private ContentBody(String html) {
        this.html = html;
    }

    static ContentBody of(String markdown) {
        String rendered = HTML.render(MARKDOWN.parse(markdown));
        return new ContentBody(Jsoup.clean(rendered, BASE, Safelist.relaxed().preserveRelativeLinks(true)));
    }

    /** The body as safe HTML. */
    String html() {
        return html;
    }

    /** Adds to {@code problems}, at {@code where}, each file the body names that is not in {@code courseFolder}. */
    void findMissingFiles(Path courseFolder, String where, Problems problems) {
        Document document = Jsoup.parseBodyFragment(html);
        for (Element element : document.select("a[href], img[src]")) {
            String url = element.hasAttr("src") ? element.attr("src") : element.attr("href");
            String path = url.replaceFirst("[?#].*$", "");
            if (path.isEmpty() || url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || url.startsWith("//")) {
                continue; // a link within the page, or to the web
            }
            Path file = courseFolder.resolve(path).normalize();
            if (!file.startsWith(courseFolder.normalize())) {
                problems.add(where, "\"" + url + "\" is outside the course folder");
            } else if (!Files.isRegularFile(file)) {
                problems.add(where, "\"" + url + "\" is not a file of the course folder");
            }
        }
    }
}
