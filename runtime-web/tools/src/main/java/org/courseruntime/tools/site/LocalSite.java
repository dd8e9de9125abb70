package org.courseruntime.tools.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A site of the author's tools on 127.0.0.1: its server and address, and answers under its Content-Security-Policy,
 * never cached or sniffed. A subclass answers in {@link #handle} and calls {@link #start()} once it is ready.
 */
public abstract class LocalSite implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "jpg", "image/jpeg",
            "gif", "image/gif",
            "webp", "image/webp",
            "pdf", "application/pdf");
    private final HttpServer server;
    private final ExecutorService executor;
    private final String contentSecurityPolicy;

    /** A site on {@code 127.0.0.1:port} (0 picks a free port), answering {@code threads} requests at a time. */
    protected LocalSite(int port, int threads, String contentSecurityPolicy) throws IOException {
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        this.executor = Executors.newFixedThreadPool(threads);
        this.contentSecurityPolicy = contentSecurityPolicy;
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    /** Starts answering: the subclass's constructor calls it last, so that no request meets it half built. */
    protected final void start() {
        server.start();
    }

    /** The address of the site's start page, e.g. {@code http://127.0.0.1:8100/}. */
    public final String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    protected final int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    protected abstract void handle(HttpExchange exchange) throws IOException;

    /** The Content-Type of a file the tools serve, by its name's extension. */
    public static String contentType(String fileName) {
        return TYPES.getOrDefault(fileName.substring(fileName.lastIndexOf('.') + 1), "application/octet-stream");
    }

    /** Answers {@code body} (no body to a HEAD) with the site's headers. */
    protected final void reply(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Content-Security-Policy", contentSecurityPolicy);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean empty = "HEAD".equals(exchange.getRequestMethod()) || body.length == 0;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
