package org.courseruntime.tools.publish;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The standard course player's launch page for a course: the player's page ({@code player/index.html}) with the
 * course's language and title, and each content page's body as safe HTML, in a section the player shows when the
 * learner is on that page. Every text goes in as text, never as markup.
 */
final class PlayerPage {
    static final String TEMPLATE = "player/index.html";

    private PlayerPage() {
    }

    /**
     * The page for the checked course definition {@code course}, whose content pages' bodies are in {@code bodies} by
     * page id.
     */
    static String of(Map<?, ?> course, Map<String, ContentBody> bodies) throws IOException {
        Document page;
        try (InputStream template = PlayerPage.class.getResourceAsStream(TEMPLATE)) {
            if (template == null) {
                throw new IOException(TEMPLATE + " is not on the classpath: the publisher's jar is incomplete");
            }
            page = Jsoup.parse(template, StandardCharsets.UTF_8.name(), "");
        }
        String language = (String) course.get("language");
        String title = text(course.get("title"), language);
        page.selectFirst("html").attr("lang", language);
        page.title(title);
        page.getElementById("course-title").text(title);
        Element buttons = page.selectFirst("main .page-buttons");
        for (Map.Entry<String, ContentBody> body : bodies.entrySet()) {
            Element section = new Element("section").addClass("content-page").attr("data-page", body.getKey())
                    .attr("hidden", true);
            section.html(body.getValue().html());
            buttons.before(section);
        }
        return page.outerHtml();
    }

    /** A course text in {@code language}: the string itself, or the language map's entry (its first otherwise). */
    static String text(Object value, String language) {
        if (value instanceof Map<?, ?> map) {
            Object text = map.get(language);
            return (String) (text != null ? text : map.values().iterator().next());
        }
        return (String) value;
    }
}
