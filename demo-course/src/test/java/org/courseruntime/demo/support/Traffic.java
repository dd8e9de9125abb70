package org.courseruntime.demo.support;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What reached a {@link FaultyFront}: requests, CORS preflights among them, and the bytes of each request as it
 * came in (request line, headers, body); State API requests (the runtime's saved attempt, preflights included) are
 * counted apart, so that the rest is the statements' traffic. The server hands over parsed headers, so their bytes are counted as
 * {@code Name: value} lines, which is what they are on the wire.
 */
public final class Traffic {
    /**
     * One count: {@code requests} includes the {@code preflights}; {@code bytes} includes the {@code bodyBytes};
     * none of them the {@code stateRequests}.
     */
    public record Count(int requests, int preflights, long bytes, long bodyBytes, int stateRequests) {
    }

    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger preflights = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong bodyBytes = new AtomicLong();
    private final AtomicInteger stateRequests = new AtomicInteger();

    void record(HttpExchange exchange, int bodyLength) {
        if (exchange.getRequestURI().getPath().endsWith("/activities/state")) {
            stateRequests.incrementAndGet();
            return;
        }
        long size = (exchange.getRequestMethod() + " " + exchange.getRequestURI().toString() + " "
                + exchange.getProtocol() + "\r\n\r\n").length() + bodyLength;
        for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
            for (String value : header.getValue()) {
                size += (header.getKey() + ": " + value + "\r\n").getBytes(StandardCharsets.UTF_8).length;
            }
        }
        requests.incrementAndGet();
        if ("OPTIONS".equals(exchange.getRequestMethod())) {
            preflights.incrementAndGet();
        }
        bytes.addAndGet(size);
        bodyBytes.addAndGet(bodyLength);
    }

    /** What came in since the last {@link #reset()}. */
    public Count count() {
        return new Count(requests.get(), preflights.get(), bytes.get(), bodyBytes.get(), stateRequests.get());
    }

    public void reset() {
        requests.set(0);
        preflights.set(0);
        bytes.set(0);
        bodyBytes.set(0);
        stateRequests.set(0);
    }
}
