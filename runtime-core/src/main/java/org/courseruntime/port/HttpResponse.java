package org.courseruntime.port;

/** The answer to an {@link HttpRequest}: the status code, the {@code Retry-After} header if any, and the body. */
public record HttpResponse(int status, String retryAfter, String body) {
}
