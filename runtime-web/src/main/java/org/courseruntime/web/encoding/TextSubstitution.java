package org.courseruntime.web.encoding;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells TeaVM to compile this package's {@code Text} wherever the core uses {@code org.courseruntime.encoding.Text},
 * as {@code JsonSubstitution} does for the JSON writer; listed beside it in
 * {@code META-INF/services/org.teavm.extension.spi.substitution.SubstitutionPolicy}. It never runs in the browser.
 */
public final class TextSubstitution extends SimpleSubstitutionPolicy {
    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(named("org.courseruntime.encoding.Text"))
                .replacePackage("org.courseruntime.encoding", "org.courseruntime.web.encoding");
    }
}
