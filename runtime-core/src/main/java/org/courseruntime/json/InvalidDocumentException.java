package org.courseruntime.json;

import java.util.Arrays;
import java.util.List;

/**
 * An author's file (course definition or publish settings) that cannot be used, with every problem found in it.
 * Example message: {@code Invalid publish settings: lrs.endpoint: missing; statements[1]: unknown statement "finish"}.
 */
public final class InvalidDocumentException extends Exception {
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

    /** Parses {@code text} as the JSON of {@code document}, failing with this exception on a syntax error. */
    public static Object parse(String document, String text) throws InvalidDocumentException {
        if (text == null || text.trim().isEmpty()) {
            Problems problems = new Problems();
            problems.add("", "the file is missing or empty");
            throw new InvalidDocumentException(document, problems);
        }
        try {
            return JsonReader.parse(text);
        } catch (JsonSyntaxException e) {
            throw new InvalidDocumentException(document, e);
        }
    }
}
