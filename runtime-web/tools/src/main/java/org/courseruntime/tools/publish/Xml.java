package org.courseruntime.tools.publish;

import java.util.Map;

/** Escaping for text and attribute values in the package manifests, and their language-tagged texts. */
final class Xml {
    private Xml() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** {@code <element lang="en-US">text</element>} for each language of {@code texts}, one a line after {@code indent}. */
    static String perLanguage(String indent, String element, Map<String, String> texts) {
        StringBuilder xml = new StringBuilder();
        for (Map.Entry<String, String> text : texts.entrySet()) {
            xml.append(indent).append('<').append(element).append(" lang=\"").append(escape(text.getKey())).append("\">")
                    .append(escape(text.getValue())).append("</").append(element).append(">\n");
        }
        return xml.toString();
    }
}
