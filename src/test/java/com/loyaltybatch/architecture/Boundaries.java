package com.loyaltybatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The structural rules of docs/ARCHITECTURE.md that hold for any root package, so that they can
 * be checked against the product and against fixtures that break them.
 */
final class Boundaries {

    private Boundaries() {
    }

    /** No two packages depend on each other, directly or around a cycle, also within one feature. */
    static ArchRule noCyclesBetweenPackages(String root) {
        return slices().matching(root + ".(**)").should().beFreeOfCycles()
                .because("dependencies point one way, also between a package and its sub-packages");
    }

    /**
     * A feature's {@code job} package is used by the feature itself and by the front doors in
     * {@code launch} (the command line, schedules, the HTTP API), never by another feature: what
     * two features' jobs share belongs in {@code batch}.
     */
    static ArchRule noFeatureReachesIntoAnotherFeaturesJobs(String root) {
        Pattern jobPackage = Pattern.compile(Pattern.quote(root) + "\\.(\\w+)\\.job(\\..*)?");
        ArchCondition<JavaClass> condition = new ArchCondition<>("use no other feature's job package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    Matcher target = jobPackage.matcher(dependency.getTargetClass().getPackageName());
                    if (!target.matches()) {
                        continue;
                    }
                    String feature = root + "." + target.group(1);
                    String from = origin.getPackageName();
                    boolean own = from.equals(feature) || from.startsWith(feature + ".");
                    boolean frontDoor = from.equals(root + ".launch") || from.startsWith(root + ".launch.");
                    if (!own && !frontDoor) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
        return com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes().that().resideInAPackage(root + "..")
                .should(condition).because("a feature's jobs are its own; shared job support lives in batch");
    }

    /** The shared kernel depends on no other package of the product. */
    static ArchRule commonIsTheSharedKernel(String root) {
        return noClasses().that().resideInAPackage(root + ".common..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(root + "..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(root + ".common.."))))
                .because("common keeps only the domain's shared kernel: refusals, ids, text forms, the clock");
    }
}
