package org.courseruntime.publish;

import org.courseruntime.encoding.Hex;

/**
 * The publisher's mark that it checked a course's two documents: {@code 1 <course digest> <settings digest>}, written
 * into the launch page ({@code <meta name="course-runtime-stamp" content="...">}). The learner's runtime builds a
 * course whose texts match it without checking them again, and has any other checked by {@code course-check.js}.
 * The digest tells an edited file from the published one; it is no protection against someone who edits the page
 * too, who could change the runtime as well.
 */
public final class PublishStamp {
    /** The format this runtime writes and reads; a change to what is checked or to the digest changes it. */
    public static final String FORMAT = "1";
    /** The {@code name} of the launch page's {@code meta} element that carries the stamp. */
    public static final String META_NAME = "course-runtime-stamp";

    private PublishStamp() {
    }

    /** The stamp of a course definition and publish settings that passed the full check. */
    public static String of(String courseJson, String settingsJson) {
        return FORMAT + " " + digest(courseJson) + " " + digest(settingsJson);
    }

    /**
     * Why {@code stamp} does not vouch for these texts, for the author (the console), or {@code null} when it does.
     * Without a stamp ({@code null}) the answer is {@code ""}: a page that hands texts of its own has them checked.
     */
    public static String whyNotVouched(String stamp, String courseJson, String settingsJson) {
        if (stamp == null) {
            return "";
        }
        String format = stamp.indexOf(' ') < 0 ? stamp : stamp.substring(0, stamp.indexOf(' '));
        if (!FORMAT.equals(format)) {
            return "the course's publisher stamp is of format \"" + (format.length() > 20 ? format.substring(0, 20) + "..." : format)
                    + "\", which this runtime does not read (it reads format " + FORMAT
                    + "): republish the course with this runtime's publisher";
        }
        String courseDigest = digest(courseJson);
        String settingsDigest = digest(settingsJson);
        if (stamp.equals(FORMAT + " " + courseDigest + " " + settingsDigest)) {
            return null;
        }
        boolean course = !stamp.startsWith(FORMAT + " " + courseDigest + " ");
        boolean settings = !stamp.endsWith(" " + settingsDigest);
        return (course && settings ? "course.json and publish-settings.json are" : course ? "course.json is"
                : settings ? "publish-settings.json is" : "the stamp is") + " not what the publisher checked (changed after publishing?)";
    }

    /**
     * 64 bits of the text's UTF-16 code units, as 16 hex digits: two multiplicative hashes mixed at the end (cyrb53's
     * scheme), in int arithmetic, which the browser does natively where a {@code long} would be emulated. A byte order
     * mark is left out (browsers drop it when they load a file), and so are carriage returns (an upload that turns
     * line endings into CRLF changes no JSON value).
     */
    static String digest(String text) {
        int h1 = 0xDEADBEEF;
        int h2 = 0x41C6CE57;
        for (int i = text != null && text.startsWith("\uFEFF") ? 1 : 0; text != null && i < text.length(); i++) {
            int c = text.charAt(i);
            if (c == '\r') {
                continue;
            }
            h1 = (h1 ^ c) * 0x9E3779B1;
            h2 = (h2 ^ c) * 0x5F356495;
        }
        h1 = ((h1 ^ (h1 >>> 16)) * 0x85EBCA6B) ^ ((h2 ^ (h2 >>> 13)) * 0xC2B2AE35);
        h2 = ((h2 ^ (h2 >>> 16)) * 0x85EBCA6B) ^ ((h1 ^ (h1 >>> 13)) * 0xC2B2AE35);
        StringBuilder out = new StringBuilder(16);
        Hex.append(out, h1);
        Hex.append(out, h2);
        return out.toString();
    }
}
