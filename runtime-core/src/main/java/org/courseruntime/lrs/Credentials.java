package org.courseruntime.lrs;

import java.util.Map;
import org.courseruntime.encoding.Base64;

/**
 * How the course authenticates to the LRS: the Learning Activity Provider's login and password from the publish
 * settings, or the {@code auth} value an LMS handed in at launch. {@link #toString()} never shows them, so they
 * cannot reach a log or an error message by accident.
 */
public final class Credentials implements RequestStep {
    private final String authorizationHeader;

    /** The LAP's login and password, sent as HTTP Basic: {@code login:password} as UTF-8, then Base64 (RFC 7617). */
    public Credentials(String login, String password) {
        this.authorizationHeader = "Basic " + Base64.encodeUtf8(login + ":" + password);
    }

    private Credentials(String authorizationHeader) {
        this.authorizationHeader = authorizationHeader;
    }

    /** The {@code Authorization} value exactly as an LMS's launch gave it (e.g. {@code Basic ...}). */
    public static Credentials ofAuthorizationHeader(String authorizationHeader) {
        return new Credentials(authorizationHeader);
    }

    /** The HTTP {@code Authorization} header value. */
    public String authorizationHeader() {
        return authorizationHeader;
    }

    @Override
    public void addTo(Map<String, String> headers, boolean json) {
        headers.put("Authorization", authorizationHeader);
    }

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
