package org.carebridge.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.dependencies.SliceRule;
import java.util.List;

/**
 * Carebridge's architecture rules, written once. A package is {@code org.carebridge.<service>.<feature>..}; platform
 * counts as a service whose features are its plumbing packages.
 */
public final class CarebridgeRules {

    static final String PLATFORM = "platform";
    private static final String ROOT = "org.carebridge.";

    private CarebridgeRules() {
    }

    /**
     * No two features of a service depend on each other, directly or around a longer loop: a cycle makes two features
     * one that cannot be read, tested or split alone. Each {@code tolerated} edge is left out of the check, by name.
     */
    public static ArchRule featuresFormNoCycle(List<ToleratedDependency> tolerated) {
        SliceRule rule = slices().matching("org.carebridge.(*).(*)..").namingSlices("$1.$2").should().beFreeOfCycles();
        for (ToleratedDependency edge : tolerated) {
            rule = rule.ignoreDependency(HasName.Predicates.name(edge.origin()),
                    JavaClass.Predicates.resideInAPackage(edge.targetPackage() + ".."));
        }
        return rule;
    }

    /**
     * A service's classes depend on its own packages and on platform only; platform depends on no service. Maven
     * keeps the modules apart; this also catches a class copied under another service's package.
     */
    public static ArchRule onlyPlatformIsShared() {
        return classes().that().resideInAPackage("org.carebridge..")
                .should(new ArchCondition<JavaClass>("depend on no Carebridge service but their own and platform") {
                    @Override
                    public void check(JavaClass origin, ConditionEvents events) {
                        String own = serviceOf(origin);
                        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                            String target = serviceOf(dependency.getTargetClass().getBaseComponentType());
                            if (target != null && !target.equals(own) && !target.equals(PLATFORM)) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                });
    }

    /**
     * A REST resource reaches another feature's data through that feature's service or view, never its Panache
     * entities: the owning feature keeps its access checks, its audit and its transactions in one place.
     */
    public static ArchRule resourcesUseNoEntityOfAnotherFeature() {
        return classes().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should(new ArchCondition<JavaClass>("use no entity of another feature") {
                    @Override
                    public void check(JavaClass resource, ConditionEvents events) {
                        for (Dependency dependency : resource.getDirectDependenciesFromSelf()) {
                            JavaClass target = dependency.getTargetClass().getBaseComponentType();
                            if (target.isAnnotatedWith("jakarta.persistence.Entity")
                                    && !featureOf(target).equals(featureOf(resource))) {
                                events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                            }
                        }
                    }
                })
                .allowEmptyShould(true);
    }

    /** The service a class belongs to ({@code cases}, {@code platform}...), or null outside Carebridge. */
    static String serviceOf(JavaClass type) {
        String name = type.getPackageName();
        if (!name.startsWith(ROOT)) {
            return null;
        }
        int end = name.indexOf('.', ROOT.length());
        return end < 0 ? name.substring(ROOT.length()) : name.substring(ROOT.length(), end);
    }

    /** The feature package a class belongs to, {@code org.carebridge.<service>.<feature>}, or its own package. */
    static String featureOf(JavaClass type) {
        String name = type.getPackageName();
        String[] parts = name.split("\\.");
        return parts.length <= 4 ? name : String.join(".", List.of(parts).subList(0, 4));
    }
}
