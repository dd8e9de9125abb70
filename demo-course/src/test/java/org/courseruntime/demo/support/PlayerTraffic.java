package org.courseruntime.demo.support;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.courseruntime.json.JsonReader;
import org.courseruntime.json.JsonSyntaxException;
import org.openqa.selenium.logging.LogEntry;

/**
 * Every request a page in {@link ChromiumBrowser#withNetworkLog()} made to the reference cmi5 player's {@code /lrs/}
 * and {@code /fetch-url/}, and what the player answered, seen by the browser rather than by the runtime: Chromium's
 * DevTools network events from the performance log ({@code Network.requestWillBeSent} for the method and body,
 * {@code Network.responseReceived} for the status, {@code Network.loadingFailed} for a request that got no answer).
 * This includes what the page sends while it is being left ({@code sendBeacon}, {@code fetch} with keepalive): the
 * tab's DevTools session survives the navigation. The performance log has no response bodies; a refusal's rule
 * ({@code violatedReqId} and message) is read with {@code Network.getResponseBody} when {@link #collect()} runs
 * while the page that made the request is still open, which is why the tests collect before they leave a page.
 * Once the page is gone its bodies are too: such a refusal says so, and the player's log (its 500s) or the
 * statements stored in the LRS tell the rest. The player itself logs no answers, so it cannot be this record.
 */
public final class PlayerTraffic {
    /** One request to the player: method, path and query (after the player's base URL), status (0: no answer). */
    public record Exchange(String requestId, String method, String path, int status, String failure, int statements,
                           String violatedReqId, String message) {
        /** What kind of request: the fetch URL, a statements POST, a State / Agent Profile document, ... */
        public String kind() {
            String resource = path.replaceFirst("\\?.*", "");
            if (resource.startsWith("/fetch-url/")) {
                return method + " fetch-url";
            }
            resource = resource.replaceFirst("^/lrs/", "");
            String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
            if (query.contains("method=")) {
                return method + " " + resource + " (alternate syntax " + query.replaceAll(".*method=([A-Z]+).*", "$1") + ")";
            }
            if (resource.equals("activities/state") || resource.equals("agents/profile")) {
                String id = query.replaceAll(".*[?&](?:stateId|profileId)=([^&]*).*", "$1");
                return method + " " + resource + " " + java.net.URLDecoder.decode(id, java.nio.charset.StandardCharsets.UTF_8);
            }
            return method + " " + resource;
        }

        public boolean refused() {
            return status >= 400 || status == 0;
        }

        @Override
        public String toString() {
            return method + " " + path + " -> " + (status == 0 ? "no answer (" + failure + ")" : "HTTP " + status)
                    + (violatedReqId == null ? "" : " " + violatedReqId) + (message == null ? "" : ": " + message);
        }
    }

    private final ChromiumBrowser browser;
    private final String base;
    private final Map<String, Map<String, Object>> requests = new LinkedHashMap<>();
    private final List<Exchange> exchanges = new ArrayList<>();

    /** The traffic of {@code browser}'s pages to the player at {@code playerUrl} (e.g. http://127.0.0.1:41234). */
    public PlayerTraffic(ChromiumBrowser browser, String playerUrl) {
        this.browser = browser;
        this.base = playerUrl;
    }

    /**
     * Reads what the performance log gathered since the last call (the log is emptied on read) and the bodies of the
     * refusals while they can still be read.
     */
    public synchronized List<Exchange> collect() {
        for (LogEntry entry : browser.driver.manage().logs().get("performance")) {
            Map<?, ?> message = (Map<?, ?>) ((Map<?, ?>) parse(entry.getMessage())).get("message");
            String method = (String) message.get("method");
            Map<?, ?> params = (Map<?, ?>) message.get("params");
            if (method == null || params == null || !method.startsWith("Network.")) {
                continue;
            }
            String id = (String) params.get("requestId");
            switch (method) {
                case "Network.requestWillBeSent" -> {
                    Map<?, ?> request = (Map<?, ?>) params.get("request");
                    String url = (String) request.get("url");
                    if (ours(url) && !"OPTIONS".equals(request.get("method"))) {
                        Map<String, Object> seen = new LinkedHashMap<>();
                        seen.put("method", request.get("method"));
                        seen.put("url", url);
                        seen.put("postData", request.get("postData"));
                        requests.put(id, seen); // a redirect reuses the id: the last request counts
                    }
                }
                case "Network.responseReceived" -> {
                    Map<String, Object> seen = requests.get(id);
                    Map<?, ?> response = (Map<?, ?>) params.get("response");
                    if (seen != null && !"Preflight".equals(params.get("type"))) {
                        seen.put("status", ((Number) response.get("status")).intValue());
                        finish(id, seen);
                    }
                }
                case "Network.loadingFailed" -> {
                    Map<String, Object> seen = requests.get(id);
                    if (seen != null && !seen.containsKey("done")) {
                        seen.put("failure", params.get("errorText") + (params.get("corsErrorStatus") == null ? ""
                                : " " + params.get("corsErrorStatus")) + (params.get("blockedReason") == null ? ""
                                : " blocked: " + params.get("blockedReason")));
                        finish(id, seen);
                    }
                }
                default -> {
                }
            }
        }
        return exchanges();
    }

    private boolean ours(String url) {
        return url != null && (url.startsWith(base + "/lrs/") || url.startsWith(base + "/fetch-url/"));
    }

    private void finish(String id, Map<String, Object> seen) {
        seen.put("done", true);
        int status = seen.containsKey("status") ? (Integer) seen.get("status") : 0;
        String violated = null;
        String text = null;
        if (status >= 400) {
            String body = body(id);
            if (body == null) {
                text = "(response body gone with the page)";
            } else {
                try {
                    Map<?, ?> error = (Map<?, ?>) parse(body);
                    violated = (String) error.get("violatedReqId");
                    text = (String) error.get("message");
                } catch (RuntimeException notJson) {
                    text = body;
                }
            }
        }
        String url = (String) seen.get("url");
        exchanges.add(new Exchange(id, (String) seen.get("method"), url.substring(base.length()), status,
                (String) seen.get("failure"), statementCount(url, (String) seen.get("postData")), violated, text));
    }

    private String body(String requestId) {
        try {
            Map<String, Object> result = browser.driver.executeCdpCommand("Network.getResponseBody", Map.of("requestId", requestId));
            return (String) result.get("body");
        } catch (RuntimeException gone) {
            return null;
        }
    }

    /** How many statements a statements request carried (a JSON array or one statement; the alternate syntax's form). */
    private static int statementCount(String url, String postData) {
        String resource = URI.create(url).getPath();
        if (!resource.endsWith("/statements") || postData == null) {
            return 0;
        }
        String json = postData.strip();
        if (!json.startsWith("[") && !json.startsWith("{")) {
            for (String field : postData.split("&")) {
                if (field.startsWith("content=")) {
                    json = java.net.URLDecoder.decode(field.substring(8), java.nio.charset.StandardCharsets.UTF_8).strip();
                }
            }
        }
        try {
            Object parsed = parse(json);
            return parsed instanceof List<?> list ? list.size() : parsed instanceof Map ? 1 : 0;
        } catch (RuntimeException notJson) {
            return 0;
        }
    }

    private static Object parse(String json) {
        try {
            return JsonReader.parse(json);
        } catch (JsonSyntaxException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
    }

    /** Every answered (or failed) request so far, in the order the answers came. */
    public synchronized List<Exchange> exchanges() {
        return new ArrayList<>(exchanges);
    }

    /** The requests the player refused (HTTP 4xx / 5xx) or that got no answer. */
    public List<Exchange> refusals() {
        return collect().stream().filter(Exchange::refused).toList();
    }

    /** Requests by kind and status, and statements accepted / refused: what a scenario did, for the test's output. */
    public String summary() {
        List<Exchange> all = collect();
        Map<String, Integer> byKind = new TreeMap<>();
        int accepted = 0;
        int refused = 0;
        for (Exchange exchange : all) {
            byKind.merge(exchange.kind() + " -> " + (exchange.status() == 0 ? "no answer" : exchange.status()), 1, Integer::sum);
            if (exchange.refused()) {
                refused += exchange.statements();
            } else {
                accepted += exchange.statements();
            }
        }
        StringBuilder text = new StringBuilder();
        text.append(all.size()).append(" requests to the player; statements accepted ").append(accepted)
                .append(", refused ").append(refused).append('\n');
        byKind.forEach((kind, count) -> text.append("  ").append(count).append(" x ").append(kind).append('\n'));
        for (Exchange refusal : all.stream().filter(Exchange::refused).toList()) {
            text.append("  refused: ").append(refusal).append('\n');
        }
        return text.toString();
    }
}
