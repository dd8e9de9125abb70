package org.courseruntime.testing;

/** Course definitions and publish settings as an authoring tool would write them. */
public final class Fixtures {
    public static final String LOGIN = "demo-lap";
    public static final String PASSWORD = "Sup3r-s3cret!";

    public static final String COURSE = """
            {"id": "https://courses.example.com/safe-lifting",
             "title": {"en-US": "Safe lifting", "de-DE": "Sicheres Heben"},
             "language": "en-US"}""";

    private Fixtures() {
    }

    /** Publish settings posting to {@code endpoint} with the demo LAP credentials and the given statements. */
    public static String settings(String endpoint, String... statements) {
        StringBuilder list = new StringBuilder();
        for (String statement : statements) {
            list.append(list.length() == 0 ? "" : ",").append('"').append(statement).append('"');
        }
        return "{\"lrs\": {\"endpoint\": \"" + endpoint + "\", \"login\": \"" + LOGIN + "\", \"password\": \"" + PASSWORD
                + "\"}, \"statements\": [" + list + "]}";
    }

    /** Settings selecting all seven statements. */
    public static String allStatements(String endpoint) {
        return settings(endpoint, "started", "progressed", "experienced", "answered", "mastered", "passed", "failed");
    }
}
