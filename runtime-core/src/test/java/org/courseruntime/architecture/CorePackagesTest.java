package org.courseruntime.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.courseruntime.architecture.PortabilityRules.CORE;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.courseruntime.architecture.fixture.Slips;
import org.courseruntime.port.Beacon;
import org.courseruntime.port.HttpClient;
import org.courseruntime.port.HttpRequest;
import org.junit.jupiter.api.Test;

/** How the core's packages stand to each other and to the browser. */
class CorePackagesTest {
    static final ArchRule ONE_LRS_CLIENT = noClasses().that().resideOutsideOfPackage("org.courseruntime.lrs..")
            .should().callMethod(HttpClient.class, "send", HttpRequest.class, HttpClient.Callback.class)
            .orShould().callMethod(Beacon.class, "send", String.class, String.class)
            .because("the LRS client owns the headers, the authorization, what an answer means and the retries:"
                    + " a request sent around it would answer to rules of its own");

    @Test
    void noPackageOfTheCoreDependsOnAPackageThatDependsOnIt() {
        slices().matching("org.courseruntime.(*)..").should().beFreeOfCycles()
                .because("a package in a cycle cannot be read, tested or moved without the others in it")
                .check(CORE);
    }

    @Test
    void everyRequestToAnLrsOrLmsGoesThroughTheLrsClient() {
        ONE_LRS_CLIENT.check(CORE);
    }

    @Test
    void aRequestOrBeaconSentAroundTheLrsClientIsFound() {
        String message = assertThrows(AssertionError.class,
                () -> ONE_LRS_CLIENT.check(new ClassFileImporter().importClasses(Slips.class))).getMessage();
        assertTrue(message.contains("Slips.requestAroundTheLrsClient("), message);
        assertTrue(message.contains("Beacon.send("), message);
    }

    @Test
    void theTrackerKnowsNoLaunchMode() {
        noClasses().that().resideInAnyPackage("org.courseruntime.tracking..", "org.courseruntime.delivery..",
                        "org.courseruntime.lrs..")
                .should().dependOnClassesThat().resideInAnyPackage("org.courseruntime.cmi5..", "org.courseruntime.launch..")
                .because("a launch mode adds its rules through LmsRules and its LRS through LrsClient (docs/decisions.md:"
                        + " one LRS client, launch modes as classes), so a fourth mode changes none of these")
                .check(CORE);
    }

    @Test
    void theCoreReachesTheBrowserOnlyThroughItsPorts() {
        PortabilityRules.NO_TEAVM.check(CORE);
    }
}
