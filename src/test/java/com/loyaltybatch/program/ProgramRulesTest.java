package com.loyaltybatch.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.common.ConflictException;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

@LoyaltyTest
class ProgramRulesTest {

    @Autowired
    ProgramService program;

    @Autowired
    TestData testData;

    @BeforeEach
    void emptyInstallation() {
        testData.reset();
    }

    @Test
    void aNewProgramIsADraftWithDefaultPointName() {
        Program p = program.get();
        assertThat(p.status()).isEqualTo(ProgramStatus.DRAFT);
        assertThat(p.name()).isNull();
        assertThat(p.pointDefinition().customName()).isEqualTo("Points");
        assertThat(p.pointsExpiration().status()).isEqualTo(Program.ExpirationStatus.DISABLED);
    }

    @Test
    void activatingWithoutANameIsRefusedNamingTheField() {
        assertThatThrownBy(program::activate).isInstanceOf(InvalidInputException.class).hasMessageStartingWith("name:");
        assertThat(program.get().status()).isEqualTo(ProgramStatus.DRAFT);
    }

    @Test
    void nameMustBeTwoToFiftyCharacters() {
        assertThatThrownBy(() -> program.update(new ProgramChanges("A", null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("name:");
        assertThatThrownBy(() -> program.update(new ProgramChanges("x".repeat(51), null, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("name:");
        assertThat(program.update(new ProgramChanges("AB", null, null)).name()).isEqualTo("AB");
        assertThat(program.update(new ProgramChanges("x".repeat(50), null, null)).name()).hasSize(50);
    }

    @Test
    void pointNameIsAtMostTwentyCharacters() {
        assertThatThrownBy(() -> program.update(new ProgramChanges(null, "x".repeat(21), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("pointName:");
        assertThat(program.update(new ProgramChanges(null, "x".repeat(20), null)).pointDefinition().customName())
                .hasSize(20);
    }

    @Test
    void iconMustBeAnHttpUrl() {
        assertThatThrownBy(() -> program.update(new ProgramChanges(null, null, "ftp://example.com/a.png")))
                .isInstanceOf(InvalidInputException.class).hasMessageStartingWith("iconUrl:");
        assertThat(program.update(new ProgramChanges(null, null, "https://example.com/bean.png"))
                .pointDefinition().icon().url()).isEqualTo("https://example.com/bean.png");
    }

    @Test
    void activateAndPauseInTurnEachBumpTheRevision() {
        program.update(new ProgramChanges("Coffee Club", null, null));
        long revision = program.get().revision();
        assertThat(program.activate().status()).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(program.pause().status()).isEqualTo(ProgramStatus.PAUSED);
        assertThat(program.activate().status()).isEqualTo(ProgramStatus.ACTIVE);
        assertThat(program.get().revision()).isEqualTo(revision + 3);
        assertThat(program.get().updatedDate()).isEqualTo(TestData.NOW);
    }

    @Test
    void aDraftProgramCannotBePaused() {
        assertThatThrownBy(program::pause).isInstanceOf(ConflictException.class);
    }

    @Test
    void expirationMonthsAreOneToTwelveAndPercentageOneToHundred() {
        assertThatThrownBy(() -> program.enableExpiration(0, 10)).hasMessageStartingWith("monthsOfInactivity:");
        assertThatThrownBy(() -> program.enableExpiration(13, 10)).hasMessageStartingWith("monthsOfInactivity:");
        assertThatThrownBy(() -> program.enableExpiration(6, 0)).hasMessageStartingWith("expiringPointsPercentage:");
        assertThatThrownBy(() -> program.enableExpiration(6, 101)).hasMessageStartingWith("expiringPointsPercentage:");
        assertThat(program.get().pointsExpiration().status()).isEqualTo(Program.ExpirationStatus.DISABLED);

        var enabled = program.enableExpiration(12, 100).pointsExpiration();
        assertThat(enabled).isEqualTo(new Program.PointsExpiration(Program.ExpirationStatus.ENABLED, 12, 100));
        assertThat(program.enableExpiration(1, 1).pointsExpiration().monthsOfInactivity()).isEqualTo(1);
        assertThat(program.disableExpiration().pointsExpiration().status()).isEqualTo(Program.ExpirationStatus.DISABLED);
    }
}
