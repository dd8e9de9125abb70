package org.courseruntime.json;

import java.util.Arrays;
import java.util.List;

/**
 * An author's file (course definition or publish settings) that cannot be used, with every problem found in it.
 * Example message: {@code Invalid publish settings: lrs.endpoint: missing; statements[1]: unknown statement "finish"}.
 */
public final class InvalidDocumentException extends Exception {
    /** The problem of a file that could not be loaded or holds nothing. */
    public static final String MISSING = "the file is missing or empty";

    private final List<String> problems;

    public InvalidDocumentException(String document, Problems problems) {
        this(document, problems.all(), null);
    }

    public InvalidDocumentException(String document, JsonSyntaxException cause) {
        this(document, Arrays.asList("not valid JSON: " + cause.getMessage()), cause);
    }

    private InvalidDocumentException(String document, List<String> problems, JsonSyntaxException cause) {
        super(message(document, problems), cause);
        this.problems = problems;
    }

    /** What is wrong with {@code document}, for the author: its name, then each problem with its location. */
    public static String message(String document, List<String> problems) {
        return "Invalid " + document + ": " + String.join("; ", problems);
    }

    /** Each problem with its location, in file order. */
    public List<String> problems() {
        return problems;
    }

    /** Whether {@code text} is no document at all: {@link #MISSING}. */
    public static boolean isMissing(String text) {
        return text == null || text.trim().isEmpty();
    }

    /** {@code text} without a leading byte order mark, which browsers leave out of a file they load. */
    public static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Parses {@code text} as the JSON of {@code document}, failing with this exception on a syntax error.
     */
    public static Object parse(String document, String text) throws InvalidDocumentException {
        if (isMissing(text)) {
            Problems problems = new Problems();
            problems.add("", MISSING);
            throw new InvalidDocumentException(document, problems);
        }
        try {
            return JsonReader.parse(withoutByteOrderMark(text));
        } catch (JsonSyntaxException e) {
            throw new InvalidDocumentException(document, e);
        }
    }
}
