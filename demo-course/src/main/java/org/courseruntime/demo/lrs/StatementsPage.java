package org.courseruntime.demo.lrs;

import java.util.List;
import java.util.Map;
import org.courseruntime.json.JsonWriter;

/** The preview LRS's page: every stored statement, newest first, with who did what and the raw JSON on demand. */
final class StatementsPage {
    private StatementsPage() {
    }

    static String render(List<Map<String, Object>> statements) {
        StringBuilder rows = new StringBuilder();
        for (Map<String, Object> statement : statements) {
            rows.append("<tr><td>").append(escape(text(statement.get("timestamp"))))
                    .append("</td><td>").append(escape(actor(statement.get("actor"))))
                    .append("</td><td class=\"verb\">").append(escape(verb(statement.get("verb"))))
                    .append("</td><td>").append(escape(object(statement.get("object"))))
                    .append("</td><td><details><summary>JSON</summary><pre>")
                    .append(escape(JsonWriter.write(statement))).append("</pre></details></td></tr>\n");
        }
        return """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Preview LRS: statements received</title>
                <style>body{font:15px/1.4 system-ui,sans-serif;margin:1.5rem}table{border-collapse:collapse;width:100%}
                td,th{border-bottom:1px solid #ddd;padding:.4rem;text-align:left;vertical-align:top}
                pre{white-space:pre-wrap;word-break:break-all;max-width:60ch}.verb{font-weight:600}</style></head>
                <body><h1>Preview LRS: statements received</h1>
                <p id="count">COUNT statement(s), newest first. This page refreshes every 3 seconds.</p>
                <table><thead><tr><th>Timestamp</th><th>Actor</th><th>Verb</th><th>Object</th><th>Raw</th></tr></thead>
                <tbody id="statements">
                ROWS</tbody></table></body></html>
                """.replace("COUNT", Integer.toString(statements.size())).replace("ROWS", rows);
    }

    private static String actor(Object actor) {
        if (!(actor instanceof Map<?, ?> a)) {
            return "";
        }
        if (a.get("name") != null) {
            return text(a.get("name"));
        }
        if (a.get("mbox") != null) {
            return text(a.get("mbox"));
        }
        return a.get("account") instanceof Map<?, ?> account ? text(account.get("name")) : "";
    }

    private static String verb(Object verb) {
        if (!(verb instanceof Map<?, ?> v)) {
            return "";
        }
        return v.get("display") instanceof Map<?, ?> display && !display.isEmpty()
                ? text(display.values().iterator().next()) : text(v.get("id"));
    }

    private static String object(Object object) {
        if (!(object instanceof Map<?, ?> o)) {
            return "";
        }
        if (o.get("definition") instanceof Map<?, ?> definition && definition.get("name") instanceof Map<?, ?> name
                && !name.isEmpty()) {
            return text(name.values().iterator().next());
        }
        return text(o.get("id"));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
