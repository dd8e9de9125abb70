package org.courseruntime.demo.publish;

/** Escaping for text and attribute values in the package manifests. */
final class Xml {
    private Xml() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
