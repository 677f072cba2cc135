package com.loyaltybatch.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/** The rules fail, naming the offending dependency, on fixtures that break them. */
class BoundariesTest {

    static final String FIXTURE = "com.loyaltybatch.architecture.fixture";

    final JavaClasses fixture = new ClassFileImporter().importPackages(FIXTURE);

    @Test
    void aCycleBetweenAPackageAndItsSubPackageIsCaught() {
        var result = Boundaries.noCyclesBetweenPackages(FIXTURE).evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("Cycle detected", "fixture.launch.Launcher",
                "fixture.launch.cli.Command");
    }

    @Test
    void aFeatureUsingAnotherFeaturesJobPackageIsCaught() {
        var result = Boundaries.noFeatureReachesIntoAnotherFeaturesJobs(FIXTURE).evaluate(fixture);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains("tier.job.Recalculation", "account.job.RunDay");
    }
}
