package org.carebridge.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What each module's ArchitectureTest inherits: its production classes, imported once, checked against every rule.
 * Plain JUnit, no Quarkus: it reads class files only and runs in about a second.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ArchitectureRulesTest {

    private final JavaClasses classes;
    private final List<ToleratedDependency> tolerated;

    /** @param modulePackage the module's root package, e.g. {@code org.carebridge.cases} */
    protected ArchitectureRulesTest(String modulePackage, ToleratedDependency... tolerated) {
        this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(modulePackage);
        this.tolerated = List.of(tolerated);
    }

    @Test
    void featuresFormNoCycle() {
        CarebridgeRules.featuresFormNoCycle(tolerated).check(classes);
    }

    @Test
    void onlyPlatformIsShared() {
        CarebridgeRules.onlyPlatformIsShared().check(classes);
    }

    @Test
    void resourcesUseNoEntityOfAnotherFeature() {
        CarebridgeRules.resourcesUseNoEntityOfAnotherFeature().check(classes);
    }
}
