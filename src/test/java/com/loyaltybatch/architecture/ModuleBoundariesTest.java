package com.loyaltybatch.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Keeps the package structure of docs/ARCHITECTURE.md: features by package, dependencies pointing one way. */
@AnalyzeClasses(packages = "com.loyaltybatch", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    static final String[] DOMAIN = {"com.loyaltybatch.common..", "com.loyaltybatch.program..",
            "com.loyaltybatch.contact..", "com.loyaltybatch.account..", "com.loyaltybatch.reward..",
            "com.loyaltybatch.earning..", "com.loyaltybatch.tier.."};

    static final String[] LOYALTY_TYPES = {"com.loyaltybatch.common..", "com.loyaltybatch.program..",
            "com.loyaltybatch.contact..", "com.loyaltybatch.account..", "com.loyaltybatch.reward..",
            "com.loyaltybatch.earning..", "com.loyaltybatch.tier..", "com.loyaltybatch.statement..",
            "com.loyaltybatch.demo.."};

    @ArchTest
    static final ArchRule domainKnowsNothingOfBatchCommandLineOrMail = noClasses()
            .that().resideInAnyPackage(DOMAIN).and().resideOutsideOfPackage("..job..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.batch..", "picocli..",
                    "com.loyaltybatch.batch..", "com.loyaltybatch.launch..", "com.loyaltybatch.messaging..",
                    "com.loyaltybatch.report..", "com.loyaltybatch.statement..", "jakarta.mail..", "freemarker..")
            .because("domain packages know nothing of batch, command line or mail (docs/ARCHITECTURE.md)");

    @ArchTest
    static final ArchRule onlyTheLaunchPackageKnowsTheCommandLine = noClasses()
            .that().resideOutsideOfPackage("com.loyaltybatch.launch..")
            .and().doNotHaveFullyQualifiedName("com.loyaltybatch.LoyaltyApplication")
            .should().dependOnClassesThat().resideInAnyPackage("com.loyaltybatch.launch..", "picocli..")
            .because("launch sits on top of every feature (the entry point above it asks it first)");

    @ArchTest
    static final ArchRule messagingAndReportsKnowNoLoyaltyTypes = noClasses()
            .that().resideInAnyPackage("com.loyaltybatch.messaging..", "com.loyaltybatch.report..",
                    "com.loyaltybatch.logging..")
            .should().dependOnClassesThat().resideInAnyPackage(LOYALTY_TYPES);

    @ArchTest
    static final ArchRule batchKnowsOnlyTheSharedKernel = noClasses()
            .that().resideInAPackage("com.loyaltybatch.batch..")
            .should().dependOnClassesThat().resideInAnyPackage(java.util.Arrays.stream(LOYALTY_TYPES)
                    .filter(p -> !p.equals("com.loyaltybatch.common..")).toArray(String[]::new))
            .because("job support refuses with the shared kernel's exceptions and knows no feature");

    @ArchTest
    static final ArchRule programStandsAlone = noClasses()
            .that().resideInAPackage("com.loyaltybatch.program..")
            .should().dependOnClassesThat().resideInAnyPackage("com.loyaltybatch.contact..", "com.loyaltybatch.account..");

    @ArchTest
    static final ArchRule contactsDoNotKnowAccounts = noClasses()
            .that().resideInAPackage("com.loyaltybatch.contact..")
            .should().dependOnClassesThat().resideInAnyPackage("com.loyaltybatch.account..");

    @ArchTest
    static final ArchRule theCoreKnowsNeitherRewardsNorEarningRules = noClasses()
            .that().resideInAnyPackage("com.loyaltybatch.program..", "com.loyaltybatch.contact..",
                    "com.loyaltybatch.account..")
            .should().dependOnClassesThat().resideInAnyPackage("com.loyaltybatch.reward..", "com.loyaltybatch.earning..")
            .because("rewards and earning build on accounts; accounts reach rewards only through RewardAvailability");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("com.loyaltybatch.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = Boundaries.noCyclesBetweenPackages("com.loyaltybatch");

    @ArchTest
    static final ArchRule noFeatureReachesIntoAnotherFeaturesJobs =
            Boundaries.noFeatureReachesIntoAnotherFeaturesJobs("com.loyaltybatch");

    @ArchTest
    static final ArchRule commonIsTheSharedKernel = Boundaries.commonIsTheSharedKernel("com.loyaltybatch");

    @ArchTest
    static final ArchRule onlyTheCommandLineUsesTheHttpApi = noClasses()
            .that().resideOutsideOfPackages("com.loyaltybatch.launch.api..", "com.loyaltybatch.launch.cli..")
            .should().dependOnClassesThat().resideInAPackage("com.loyaltybatch.launch.api..")
            .because("the HTTP API is a front door; only the command line (api-keys) uses it");
}
