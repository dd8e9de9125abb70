package org.courseruntime.web;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells TeaVM to compile, in the place of some core classes, versions of this module that let the browser do the
 * work natively (smaller and faster than the core's hand-written Java compiled to JS): the JSON writer
 * ({@code web.json}); form encoding and Base64 ({@code web.encoding}); the ordered map, over a JS {@code Map}
 * ({@code web.collection}). The core and its JVM tests keep their own.
 * TeaVM finds this class through {@code META-INF/services/org.teavm.extension.spi.substitution.SubstitutionPolicy}
 * on the classpath it compiles; it never runs in the browser.
 */
public final class BrowserSubstitutes extends SimpleSubstitutionPolicy {
    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(named("org.courseruntime.json.JsonWriter"))
                .replacePackage("org.courseruntime.json", "org.courseruntime.web.json");
        sink.selectClasses(named("org.courseruntime.encoding.FormEncoding").or(named("org.courseruntime.encoding.Base64")))
                .replacePackage("org.courseruntime.encoding", "org.courseruntime.web.encoding");
        sink.selectClasses(named("org.courseruntime.collection.OrderedMap"))
                .replacePackage("org.courseruntime.collection", "org.courseruntime.web.collection");
    }
}
