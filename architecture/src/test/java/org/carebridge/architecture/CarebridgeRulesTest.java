package org.carebridge.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rule fails on a planted fixture and passes on a clean one (fixtures: this module's test sources). */
class CarebridgeRulesTest {

    private static final JavaClasses CLEAN = classesOf("org.carebridge.clean", "org.carebridge.platform.plumbing");
    private static final JavaClasses CYCLIC = classesOf("org.carebridge.cyclic");

    @Test
    void twoFeaturesImportingEachOtherAreACycle() {
        String report = violations(CarebridgeRules.featuresFormNoCycle(List.of()), CYCLIC);

        assertTrue(report.contains("cyclic.left") && report.contains("cyclic.right"), report);
        assertThrows(AssertionError.class, () -> CarebridgeRules.featuresFormNoCycle(List.of()).check(CYCLIC));
    }

    @Test
    void featuresDependingOneWayAreNoCycle() {
        CarebridgeRules.featuresFormNoCycle(List.of()).check(CLEAN);
    }

    @Test
    void aToleratedDependencyLeavesOnlyItsOwnEdgeOut() {
        var leftToRight = new ToleratedDependency("org.carebridge.cyclic.left.Left", "org.carebridge.cyclic.right", "");
        var unrelated = new ToleratedDependency("org.carebridge.clean.orders.Order", "org.carebridge.cyclic.right", "");

        CarebridgeRules.featuresFormNoCycle(List.of(leftToRight)).check(CYCLIC);
        assertTrue(evaluate(CarebridgeRules.featuresFormNoCycle(List.of(unrelated)), CYCLIC).hasViolation());
    }

    @Test
    void aServiceImportingAnotherServiceFails() {
        String report = violations(CarebridgeRules.onlyPlatformIsShared(), classesOf("org.carebridge.intruder"));

        assertTrue(report.contains("Spy") && report.contains("org.carebridge.clean.orders.Order"), report);
    }

    @Test
    void platformImportingAServiceFails() {
        String report = violations(CarebridgeRules.onlyPlatformIsShared(), classesOf("org.carebridge.platform.leaky"));

        assertTrue(report.contains("Leaky") && report.contains("org.carebridge.clean.orders.Order"), report);
    }

    @Test
    void aServiceUsingItsOwnPackagesAndPlatformPasses() {
        CarebridgeRules.onlyPlatformIsShared().check(CLEAN);
    }

    @Test
    void aResourceHandingOutAnotherFeaturesEntityFails() {
        String report = violations(CarebridgeRules.resourcesUseNoEntityOfAnotherFeature(),
                classesOf("org.carebridge.grabby"));

        assertTrue(report.contains("BillingResource") && report.contains("Invoice"), report);
    }

    @Test
    void aResourceUsingItsOwnEntityAndAnotherFeaturesServicePasses() {
        CarebridgeRules.resourcesUseNoEntityOfAnotherFeature().check(CLEAN);
    }

    private static String violations(ArchRule rule, JavaClasses classes) {
        EvaluationResult result = evaluate(rule, classes);
        assertTrue(result.hasViolation(), "the rule let a planted violation pass: " + rule.getDescription());
        return String.join("\n", result.getFailureReport().getDetails());
    }

    private static EvaluationResult evaluate(ArchRule rule, JavaClasses classes) {
        return rule.evaluate(classes);
    }

    private static JavaClasses classesOf(String... packages) {
        JavaClasses classes = new ClassFileImporter().importPackages(packages);
        assertFalse(classes.isEmpty(), "no fixture classes found in " + List.of(packages));
        return classes;
    }
}
