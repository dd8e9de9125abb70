package org.courseruntime.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.teavm.extension.spi.substitution.ClassSubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionPolicy;
import org.teavm.extension.spi.substitution.SubstitutionSink;

/**
 * Each browser substitute is the class TeaVM compiles for what it replaces. TeaVM asks the substitution policies
 * listed under META-INF/services in classpath order and takes the first substitute that exists; this test asks them
 * the same way, on this module's test classpath, where the jars stand in the order the TeaVM plugin sees them
 * (runtime-web-jdk before teavm-classlib; the plugin puts this module's own classes last, here first, which changes
 * nothing: no other policy selects org.courseruntime classes). A class name mistyped in a policy, a policy missing from
 * its services file, or runtime-web-jdk declared after teavm-classlib fails it: TeaVM's build would pass and silently
 * compile TeaVM's class or the core's instead.
 */
class SubstitutesTakeEffectTest {
    private static final Map<String, String> SUBSTITUTES = Map.of(
            "java.lang.StringBuilder", "org.courseruntime.web.jdk.lang.StringBuilder",
            "java.util.ArrayList", "org.courseruntime.web.jdk.util.ArrayList",
            "org.courseruntime.json.JsonWriter", "org.courseruntime.web.json.JsonWriter",
            "org.courseruntime.encoding.FormEncoding", "org.courseruntime.web.encoding.FormEncoding",
            "org.courseruntime.encoding.Base64", "org.courseruntime.web.encoding.Base64",
            "org.courseruntime.collection.OrderedMap", "org.courseruntime.web.collection.OrderedMap");

    @Test
    void eachBrowserSubstituteIsTheFirstClassTeaVmFindsForWhatItReplaces() {
        List<Rule> rules = new ArrayList<>();
        for (SubstitutionPolicy policy : ServiceLoader.load(SubstitutionPolicy.class)) {
            policy.contribute(predicate -> {
                Rule rule = new Rule(predicate);
                rules.add(rule);
                return rule;
            });
        }
        SUBSTITUTES.forEach((original, substitute) -> assertEquals(substitute, compiled(rules, original),
                "TeaVM would not compile " + substitute + " for " + original + " (see docs/decisions.md)"));
    }

    /** The class TeaVM compiles for {@code name}: the first substitute that exists, else the class itself. */
    private static String compiled(List<Rule> rules, String name) {
        for (Rule rule : rules) {
            if (rule.selects.test(name)) {
                String candidate = rule.map(name);
                if (!candidate.equals(name) && exists(candidate)) { // a selection without renaming marks, not maps
                    return candidate;
                }
            }
        }
        return name;
    }

    private static boolean exists(String className) {
        return SubstitutesTakeEffectTest.class.getClassLoader().getResource(className.replace('.', '/') + ".class") != null;
    }

    /** One {@link SubstitutionSink#selectClasses} of a policy, with the renaming it asks for. */
    private static final class Rule implements ClassSubstitutionPolicy {
        final Predicate<String> selects;
        private UnaryOperator<String> packageName = UnaryOperator.identity();
        private UnaryOperator<String> simpleName = UnaryOperator.identity();

        Rule(Predicate<String> selects) {
            this.selects = selects;
        }

        String map(String name) {
            int dot = name.lastIndexOf('.');
            return packageName.apply(name.substring(0, dot)) + "." + simpleName.apply(name.substring(dot + 1));
        }

        @Override
        public ClassSubstitutionPolicy simpleNamePrefix(String prefix) {
            UnaryOperator<String> before = simpleName;
            simpleName = name -> prefix + before.apply(name);
            return this;
        }

        @Override
        public ClassSubstitutionPolicy simpleNameSuffix(String suffix) {
            UnaryOperator<String> before = simpleName;
            simpleName = name -> before.apply(name) + suffix;
            return this;
        }

        @Override
        public ClassSubstitutionPolicy packagePrefix(String prefix) {
            UnaryOperator<String> before = packageName;
            packageName = name -> prefix + before.apply(name);
            return this;
        }

        @Override
        public ClassSubstitutionPolicy packageSuffix(String suffix) {
            UnaryOperator<String> before = packageName;
            packageName = name -> before.apply(name) + suffix;
            return this;
        }

        @Override
        public ClassSubstitutionPolicy replacePackage(String from, String to) {
            UnaryOperator<String> before = packageName;
            packageName = name -> {
                String current = before.apply(name);
                return current.equals(from) || current.startsWith(from + ".") ? to + current.substring(from.length())
                        : current;
            };
            return this;
        }

        @Override
        public ClassSubstitutionPolicy dontFallbackWhenNoSubstitution() {
            return this;
        }
    }
}
