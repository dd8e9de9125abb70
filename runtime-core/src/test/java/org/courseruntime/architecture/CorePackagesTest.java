package org.courseruntime.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.courseruntime.architecture.PortabilityRules.CORE;

import org.junit.jupiter.api.Test;

/** How the core's packages stand to each other and to the browser. */
class CorePackagesTest {
    @Test
    void noPackageOfTheCoreDependsOnAPackageThatDependsOnIt() {
        slices().matching("org.courseruntime.(*)..").should().beFreeOfCycles()
                .because("a package in a cycle cannot be read, tested or moved without the others in it")
                .check(CORE);
    }

    @Test
    void theCoreReachesTheBrowserOnlyThroughItsPorts() {
        PortabilityRules.NO_TEAVM.check(CORE);
    }
}
