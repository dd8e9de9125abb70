package org.courseruntime.cmi5;

import java.util.Map;
import org.courseruntime.json.InvalidDocumentException;
import org.courseruntime.json.JsonObjectView;
import org.courseruntime.json.JsonWriter;
import org.courseruntime.json.Problems;

/**
 * The {@code LMS.LaunchData} state document a cmi5 LMS writes before it launches the AU (cmi5 section 10).
 *
 * @param contextTemplate the context every statement starts from (with the session id and the publisher id)
 * @param launchMode      {@code Normal}, {@code Browse} or {@code Review}
 * @param masteryScore    the scaled score passed/failed are judged against, or {@code null}
 * @param moveOn          what the LMS needs to move on ({@code CompletedAndPassed}, ...), or {@code null}
 * @param returnUrl       where to send the learner when the session ends, or {@code null}
 */
public record LaunchData(Map<String, Object> contextTemplate, String launchMode, Double masteryScore, String moveOn,
                         String returnUrl) {
    /** The context extension that carries the session id. */
    public static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    static final String DOCUMENT = "LMS.LaunchData";
    private static final String MODES = " Normal Browse Review ";
    private static final String MOVE_ON = " Passed Completed CompletedAndPassed CompletedOrPassed NotApplicable ";

    /** Whether completed, passed and failed may be sent (not in Browse or Review mode). */
    public boolean isNormal() {
        return "Normal".equals(launchMode);
    }

    /** The session id the LMS put in the context template. */
    public String sessionId() {
        return (String) ((Map<?, ?>) contextTemplate.get("extensions")).get(SESSION_ID);
    }

    /**
     * The launch data in {@code json}.
     *
     * @throws InvalidDocumentException listing every missing or malformed property
     */
    @SuppressWarnings("unchecked")
    static LaunchData read(String json) throws InvalidDocumentException {
        Problems problems = new Problems();
        JsonObjectView data = JsonObjectView.of(InvalidDocumentException.parse(DOCUMENT, json), "", problems);
        if (data == null) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        JsonObjectView template = data.object("contextTemplate", true);
        JsonObjectView extensions = template == null ? null : template.object("extensions", true);
        if (extensions != null) {
            extensions.requiredString(SESSION_ID);
        }
        String mode = data.requiredString("launchMode");
        if (mode != null && !MODES.contains(" " + mode + " ")) {
            data.problem("launchMode", "must be Normal, Browse or Review");
        }
        Object mastery = data.raw("masteryScore");
        if (mastery != null && !(mastery instanceof Double score && score >= 0 && score <= 1)) {
            data.problem("masteryScore", "must be a number from 0 to 1");
        }
        String moveOn = data.optionalString("moveOn");
        if (moveOn != null && !MOVE_ON.contains(" " + moveOn + " ")) {
            data.problem("moveOn", "must be one of" + MOVE_ON.substring(0, MOVE_ON.length() - 1));
        }
        String returnUrl = data.optionalString("returnURL");
        if (template != null) {
            try {
                JsonWriter.write(data.raw("contextTemplate"));
            } catch (IllegalArgumentException e) {
                data.problem("contextTemplate", "cannot be carried in statements: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidDocumentException(DOCUMENT, problems);
        }
        return new LaunchData((Map<String, Object>) data.raw("contextTemplate"), mode, (Double) mastery, moveOn,
                returnUrl);
    }
}
