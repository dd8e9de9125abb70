package org.courseruntime.tools.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.courseruntime.tools.site.LocalSite;

/**
 * Serves an exported course folder on 127.0.0.1, as the web server of a customer would, under a strict
 * Content-Security-Policy: scripts only from the course itself, no inline script, no eval; requests may go to any
 * http(s) LRS.
 */
public final class CourseSite extends LocalSite {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: https:; connect-src 'self' http: https:; object-src 'none'; base-uri 'none'; frame-ancestors 'self'";
    private final Path root;

    /** Serves {@code courseFolder} on {@code 127.0.0.1:port} (0 picks a free port). */
    public CourseSite(Path courseFolder, int port) throws IOException {
        super(port, 4, CONTENT_SECURITY_POLICY);
        this.root = courseFolder.toAbsolutePath().normalize();
        start();
    }

    @Override
    protected void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Path file = root.resolve(path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1)).normalize();
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                reply(exchange, 405, "text/plain; charset=utf-8", "Method not allowed".getBytes(StandardCharsets.UTF_8));
            } else if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                reply(exchange, 404, "text/plain; charset=utf-8", ("Not found: " + path).getBytes(StandardCharsets.UTF_8));
            } else {
                reply(exchange, 200, contentType(file.getFileName().toString()), Files.readAllBytes(file));
            }
        }
    }
}
