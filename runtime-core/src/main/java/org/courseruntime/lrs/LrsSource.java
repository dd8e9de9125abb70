package org.courseruntime.lrs;

/**
 * Who named the LRS that statements go to: the author's publish settings, or an LMS at launch (Tin Can or cmi5). It
 * decides what the author is told to do when that LRS refuses the course, and whether what is left at page close
 * may go out in beacons.
 */
public final class LrsSource {
    /** The author's publish settings: the author can fix them. */
    public static final LrsSource PUBLISH_SETTINGS = new LrsSource("the course's LAP login and password",
            "check lrs.login and lrs.password in the publish settings", "check lrs.endpoint in the publish settings",
            true, false);
    private static final String LMS_ENDPOINT_FIX = "the learning platform named it at launch: tell its administrator";
    /** A Tin Can launch: the LMS's {@code endpoint} and {@code auth}. */
    public static final LrsSource TIN_CAN_LAUNCH = new LrsSource("the launch's authorization",
            "it may have expired: open the course again from the learning platform", LMS_ENDPOINT_FIX, true, false);
    /**
     * A cmi5 launch: the session's token from the LMS. The LMS judges every request of the session in order and names
     * the rule a refusal is for (a 403 naming a rule is not about the token), and ADL's reference player refuses the
     * xAPI alternate request syntax that a beacon needs, so no beacons: what is left at page close is sent by the
     * reload that continues the session.
     */
    public static final LrsSource CMI5_LAUNCH = new LrsSource("this session's token",
            "the session ended (a newer launch ends it) or its token expired: open the course again from the learning"
                    + " platform", LMS_ENDPOINT_FIX, false, true);

    private final String credentials;
    private final String credentialsFix;
    private final String endpointFix;
    private final boolean takesBeacons;
    private final boolean namesRules;

    private LrsSource(String credentials, String credentialsFix, String endpointFix, boolean takesBeacons,
                      boolean namesRules) {
        this.credentials = credentials;
        this.credentialsFix = credentialsFix;
        this.endpointFix = endpointFix;
        this.takesBeacons = takesBeacons;
        this.namesRules = namesRules;
    }

    /** What authenticated the course, as the author knows it, e.g. "the course's LAP login and password". */
    public String credentials() {
        return credentials;
    }

    /** What to do when the LRS refuses {@link #credentials()}, in one sentence without a full stop. */
    public String credentialsFix() {
        return credentialsFix;
    }

    /** What to do when the endpoint refuses the statements resource, in one sentence without a full stop. */
    public String endpointFix() {
        return endpointFix;
    }

    /** Whether statements and documents left at page close may go out in beacons (the alternate request syntax). */
    public boolean takesBeacons() {
        return takesBeacons;
    }

    /** Whether a 403 naming a cmi5 rule ({@code violatedReqId}) is read for its rule, not as refused credentials. */
    public boolean namesRules() {
        return namesRules;
    }
}
