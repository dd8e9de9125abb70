package org.courseruntime.publish;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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

    /** The HTTP Basic {@code Authorization} value: {@code login:password} as UTF-8, then Base64. */
    public String authorizationHeader() {
        byte[] pair = (login + ":" + password).getBytes(StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair);
    }

    @Override
    public String toString() {
        return "Credentials[hidden]";
    }
}
