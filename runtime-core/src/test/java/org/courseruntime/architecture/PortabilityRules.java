package org.courseruntime.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitCallTarget;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.function.Predicate;

/**
 * What runtime-core may use, as rules on its bytecode: TeaVM compiles every JDK class the core reaches into each
 * course's {@code course-runtime.js}, so these keep out what costs kilobytes there or does not exist in the browser
 * (docs/decisions.md, "What keeps the compiled runtime small", gives the measurements).
 */
final class PortabilityRules {
    /** runtime-core's own classes, as compiled (not its tests). */
    static final JavaClasses CORE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.courseruntime");

    static final ArchRule NO_TEAVM = noClasses().should().dependOnClassesThat().resideInAPackage("org.teavm..")
            .because("the core runs on the JVM too and reaches the browser only through the ports in org.courseruntime.port");

    static final ArchRule ONLY_THE_JDK_TEAVM_COMPILES_SMALL = classes().should().onlyDependOnClassesThat()
            .resideInAnyPackage("org.courseruntime..", "java.lang", "java.lang.annotation", "java.lang.invoke",
                    "java.lang.runtime", "java.util", "java.util.function", "java.util.concurrent.atomic")
            .because("TeaVM compiles every JDK class the core reaches into course-runtime.js and has only part of the"
                    + " JDK: measure a new package's bytes first (docs/decisions.md)");

    static final ArchRule NO_REGEX = noClasses().should().dependOnClassesThat().resideInAPackage("java.util.regex..")
            .orShould().callMethodWhere(call("a String method that compiles a regular expression", target ->
                    owner(target, String.class) && nameIn(target, "matches", "split", "replaceAll", "replaceFirst")))
            .because("one regular expression is about 118 KB in course-runtime.js: scan the chars by hand");

    static final ArchRule NO_JAVA_TIME = noClasses().should().dependOnClassesThat().resideInAPackage("java.time..")
            .because("ZoneId alone is about 220 KB and Instant.toString 22 KB in course-runtime.js: Timestamp and"
                    + " Duration format by hand");

    static final ArchRule NO_FORMAT = noClasses().should().callMethodWhere(call("String.format or String.formatted",
                    target -> owner(target, String.class) && nameIn(target, "format", "formatted")))
            .because("String.format is about 180 KB in course-runtime.js: join strings with + or String.join");

    static final ArchRule NO_DOUBLE_TEXT = noClasses().should().callMethodWhere(call(
                    "a conversion of a double or float from or to text", target -> nameIn(target, "parseDouble", "parseFloat")
                            || (owner(target, Double.class) || owner(target, Float.class)) && (nameIn(target, "toString")
                                    || nameIn(target, "valueOf") && parameters(target, String.class))
                            || (owner(target, String.class) || owner(target, StringBuilder.class))
                                    && nameIn(target, "valueOf", "append")
                                    && (parameters(target, double.class) || parameters(target, float.class))))
            .because("TeaVM's exact double conversions are about 35 KB each way in course-runtime.js: Decimal writes and"
                    + " reads numbers with six decimals");

    static final ArchRule NO_CHARSETS = noClasses().should().dependOnClassesThat().resideInAPackage("java.nio.charset..")
            .orShould().callMethodWhere(call("String.getBytes",
                    target -> owner(target, String.class) && nameIn(target, "getBytes")))
            .orShould().callConstructorWhere(describe("a String made of bytes", call ->
                    owner(call.getTarget(), String.class) && call.getTarget().getRawParameterTypes().stream()
                            .anyMatch(type -> type.isEquivalentTo(byte[].class))))
            .because("TeaVM's charsets would come into course-runtime.js: Utf8 codes UTF-8 by hand, the browser"
                    + " substitutes natively");

    static final ArchRule NO_JAVA_BASE64 = noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Base64")
            .because("java.util.Base64 brings its encoders into course-runtime.js: encoding.Base64 is written by"
                    + " hand, and is btoa in the browser");

    static final ArchRule NO_UNICODE_CASE_TABLES = noClasses().should().callMethodWhere(call(
                    "a case-insensitive or Unicode-class String or Character method", target -> owner(target, String.class)
                            && (nameIn(target, "toLowerCase", "toUpperCase", "equalsIgnoreCase", "compareToIgnoreCase")
                                    || nameIn(target, "regionMatches") && firstParameter(target, boolean.class))
                            || owner(target, Character.class) && (target.getName().startsWith("is")
                                    || nameIn(target, "toLowerCase", "toUpperCase", "toTitleCase"))))
            .because("they compile Unicode's case and class tables into course-runtime.js: CaseFolding handles the"
                    + " letters an answer needs");

    static final ArchRule NO_IMMUTABLE_COLLECTIONS = noClasses().should().callMethodWhere(call(
                    "List/Set/Map.of, Map.ofEntries or a copyOf", target -> (owner(target, List.class)
                            || owner(target, java.util.Set.class) || owner(target, java.util.Map.class))
                            && nameIn(target, "of", "ofEntries") || target.getOwner().getPackageName().startsWith("java.")
                            && nameIn(target, "copyOf")))
            .because("they bring the JDK's immutable collection classes (or a reflective array copy) into"
                    + " course-runtime.js: copy into an ArrayList or OrderedMap");

    static final ArchRule NO_COLLECTIONS_CLASS = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Collections")
            .because("its unmodifiable, empty and singleton wrappers were some twenty classes, about 1,150 B gzip in"
                    + " course-runtime.js: copy into an ArrayList or OrderedMap that nothing changes afterwards");

    static final ArchRule NO_ENUM_MAP_OR_SET = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("java.util.EnumMap").orShould().dependOnClassesThat()
            .haveFullyQualifiedName("java.util.EnumSet")
            .because("EnumMap and EnumSet bring classes of their own into course-runtime.js: key an OrderedMap by"
                    + " the enum, or keep a list");

    static final ArchRule NO_HASH_TABLES_BUT_ORDERED_MAP = noClasses()
            .that().doNotHaveFullyQualifiedName("org.courseruntime.collection.OrderedMap")
            .should().callConstructorWhere(describe("a HashMap, LinkedHashMap, HashSet or LinkedHashSet constructor",
                    call -> nameIn(call.getTarget().getOwner(), "java.util.HashMap", "java.util.LinkedHashMap",
                            "java.util.HashSet", "java.util.LinkedHashSet")))
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.HashSet")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.LinkedHashSet")
            .because("the browser's OrderedMap is a JS Map, and TeaVM's hash tables bring their own iterators and sets"
                    + " (about 790 B gzip): make an OrderedMap, keep sets as lists searched with indexOf");

    static final ArchRule NO_ARRAYCOPY = noClasses().should().callMethodWhere(call("System.arraycopy",
                    target -> owner(target, System.class) && nameIn(target, "arraycopy")))
            .because("TeaVM's System.arraycopy checks array types at length in course-runtime.js: copy in a loop");

    static final ArchRule NO_SUBLIST = noClasses().should().callMethodWhere(call("List.subList",
                    target -> target.getOwner().isAssignableTo(List.class) && nameIn(target, "subList")))
            .because("subList brings the JDK's list view classes into course-runtime.js: copy the part into a list");

    static final ArchRule NO_SORT = noClasses().should().callMethodWhere(call("a JDK sort",
                    target -> target.getOwner().getPackageName().equals("java.util") && nameIn(target, "sort")))
            .because("the JDK's sort brings a merge sort and the natural-order comparator into course-runtime.js:"
                    + " insert in order");

    static final ArchRule NO_CLASS_NAMES = noClasses().should().callMethodWhere(call("getClass or a Class name",
                    target -> nameIn(target, "getClass") && target.getRawParameterTypes().isEmpty()
                            || owner(target, Class.class) && nameIn(target, "getName", "getSimpleName",
                                    "getCanonicalName", "getTypeName")))
            .because("Class.getName keeps every class's name in course-runtime.js: compare with instanceof or ==");

    static final ArchRule NO_LONG_TO_TEXT = noClasses().should().callMethodWhere(call("a long written as text",
                    target -> owner(target, Long.class) && nameIn(target, "toString", "toUnsignedString")
                            || (owner(target, String.class) || owner(target, StringBuilder.class))
                                    && nameIn(target, "valueOf", "append") && parameters(target, long.class)))
            .because("TeaVM emulates 64-bit division for every digit of a long in course-runtime.js: count in int");

    static final ArchRule NO_LIST_CONTAINS = noClasses().should().callMethodWhere(call(
                    "a lookup by equals in a collection (contains, containsAll, remove(Object), removeAll, retainAll)",
                    target -> target.getOwner().isAssignableTo(java.util.Collection.class)
                            && (nameIn(target, "contains", "containsAll", "removeAll", "retainAll")
                                    || nameIn(target, "remove") && parameters(target, Object.class))))
            .because("TeaVM's collections call element.equals there, compiling the equals of every type ever put in a"
                    + " collection into course-runtime.js: use indexOf(x) >= 0, and remove by index");

    /**
     * javac compiles {@code switch (kind)} to {@code $SwitchMap$...[kind.ordinal()]}; ArchUnit leaves out accesses to
     * synthetic fields such as the {@code $SwitchMap$} array, so the {@code ordinal()} call is what shows the switch.
     */
    static final ArchRule NO_SWITCH_ON_AN_ENUM = noClasses().should().callMethodWhere(call(
                    "Enum.ordinal(), which every switch on an enum calls",
                    target -> target.getOwner().isAssignableTo(Enum.class) && nameIn(target, "ordinal")))
            .because("javac compiles a switch on an enum through a $SwitchMap class of its own, about 290 B gzip in"
                    + " course-runtime.js: compare with ==");

    /** Every rule above. */
    static final List<ArchRule> ALL = List.of(NO_TEAVM, ONLY_THE_JDK_TEAVM_COMPILES_SMALL, NO_REGEX, NO_JAVA_TIME, NO_FORMAT,
            NO_DOUBLE_TEXT, NO_CHARSETS, NO_JAVA_BASE64, NO_UNICODE_CASE_TABLES, NO_IMMUTABLE_COLLECTIONS,
            NO_COLLECTIONS_CLASS, NO_ENUM_MAP_OR_SET, NO_HASH_TABLES_BUT_ORDERED_MAP, NO_ARRAYCOPY, NO_SUBLIST, NO_SORT,
            NO_CLASS_NAMES, NO_LONG_TO_TEXT, NO_LIST_CONTAINS, NO_SWITCH_ON_AN_ENUM);

    private PortabilityRules() {
    }

    private static DescribedPredicate<JavaCall<?>> call(String description, Predicate<CodeUnitCallTarget> target) {
        return describe(description, call -> target.test((CodeUnitCallTarget) call.getTarget()));
    }

    private static boolean owner(CodeUnitCallTarget target, Class<?> type) {
        return target.getOwner().isEquivalentTo(type);
    }

    private static boolean nameIn(CodeUnitCallTarget target, String... names) {
        return List.of(names).contains(target.getName());
    }

    private static boolean nameIn(JavaClass type, String... names) {
        return List.of(names).contains(type.getName());
    }

    private static boolean parameters(CodeUnitCallTarget target, Class<?>... types) {
        List<JavaClass> actual = target.getRawParameterTypes();
        if (actual.size() != types.length) {
            return false;
        }
        for (int i = 0; i < types.length; i++) {
            if (!actual.get(i).isEquivalentTo(types[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean firstParameter(CodeUnitCallTarget target, Class<?> type) {
        return !target.getRawParameterTypes().isEmpty() && target.getRawParameterTypes().get(0).isEquivalentTo(type);
    }
}
