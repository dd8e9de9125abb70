package org.courseruntime.web.json;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells TeaVM to compile this package's {@code JsonWriter} wherever the core uses
 * {@code org.courseruntime.json.JsonWriter}. TeaVM finds this class through
 * {@code META-INF/services/org.teavm.extension.spi.substitution.SubstitutionPolicy} on the classpath it compiles;
 * it never runs in the browser.
 */
public final class JsonSubstitution extends SimpleSubstitutionPolicy {
    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(named("org.courseruntime.json.JsonWriter"))
                .replacePackage("org.courseruntime.json", "org.courseruntime.web.json");
    }
}
