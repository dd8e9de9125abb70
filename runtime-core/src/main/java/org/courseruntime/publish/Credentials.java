package org.courseruntime.publish;

import org.courseruntime.encoding.Base64;
import org.courseruntime.encoding.Utf8;

/**
 * The Learning Activity Provider's login and password for the LRS. {@link #toString()} never shows them, so they
 * cannot reach a log or an error message by accident.
 */
public final class Credentials {
    private final String login;
    private final String password;

    public Credentials(String login, String password) {
        this.login = login;
        this.password = password;
    }

    /** The HTTP Basic {@code Authorization} value: {@code login:password} as UTF-8, then Base64 (RFC 7617). */
    public String authorizationHeader() {
        return "Basic " + Base64.encode(Utf8.encode(login + ":" + password));
    }

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
