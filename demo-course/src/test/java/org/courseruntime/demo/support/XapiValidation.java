package org.courseruntime.demo.support;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.courseruntime.json.JsonWriter;

/** Runs {@code @learninglocker/xapi-validation} on statements: the problems it finds, none when they are valid. */
public final class XapiValidation {
    private XapiValidation() {
    }

    public static String problems(List<?> statements) throws Exception {
        Process node = new ProcessBuilder("node", TestLrsTools.directory().resolve("validate-statements.js").toString())
                .directory(TestLrsTools.directory().toFile())
                .redirectErrorStream(true)
                .start();
        try (OutputStream in = node.getOutputStream()) {
            in.write(JsonWriter.write(statements).getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!node.waitFor(60, TimeUnit.SECONDS)) {
            node.destroyForcibly();
            throw new IllegalStateException("the validator did not finish");
        }
        if (node.exitValue() == 2) {
            throw new IllegalStateException("the validator could not read the statements: " + output);
        }
        return output.trim();
    }
}
