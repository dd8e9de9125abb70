package org.courseruntime.web.jdk;

import org.teavm.extension.spi.substitution.SimpleSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Tells TeaVM to compile this module's JDK classes in the place of its own: {@code org.courseruntime.web.jdk.lang.StringBuilder}
 * for {@code java.lang.StringBuilder}, which every string concatenation ({@code "a" + b}) compiles to, and
 * {@code org.courseruntime.web.jdk.util.ArrayList} for {@code java.util.ArrayList}, every list the runtime makes. TeaVM
 * takes the first substitute that exists, asking the policies in classpath order, so this policy is in a jar that
 * runtime-web declares before TeaVM's class library; runtime-web's own classes come after it, and a policy there is
 * asked too late. It never runs in the browser.
 */
public final class JdkSubstitutes extends SimpleSubstitutionPolicy {
    @Override
    public void contribute(SubstitutionSink sink) {
        sink.selectClasses(named("java.lang.StringBuilder")).replacePackage("java.lang", "org.courseruntime.web.jdk.lang");
        sink.selectClasses(named("java.util.ArrayList")).replacePackage("java.util", "org.courseruntime.web.jdk.util");
    }
}
