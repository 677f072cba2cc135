package com.loyaltybatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The {@code tiers} commands: definitions, their rules, revisions and the settings. */
@LoyaltyTest
class TiersCommandTest {

    @Autowired
    CliRunner cli;

    @Autowired
    TestData testData;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void emptyInstallation() {
        testData.reset();
    }

    @Test
    void tiersAreCreatedListedUpdatedAndDeleted() {
        JsonNode silver = json(cli.run("tiers", "create", "--name", "Silver", "--required-points", "100",
                "--description", "Free refills", "--icon", "https://example.com/silver.png", "--format", "json"));
        assertThat(silver.get("definition").get("name").asString()).isEqualTo("Silver");
        assertThat(silver.get("definition").get("description").asString()).isEqualTo("Free refills");
        assertThat(silver.get("definition").get("icon").asString()).isEqualTo("https://example.com/silver.png");
        assertThat(silver.get("requiredPoints").asLong()).isEqualTo(100);
        assertThat(silver.get("revision").asLong()).isEqualTo(1);
        String id = silver.get("id").asString();
        assertThat(cli.run("tiers", "create", "--name", "Gold", "--required-points", "500").exitCode()).isZero();

        JsonNode list = json(cli.run("tiers", "list", "--format", "json"));
        assertThat(list.get("settings").get("status").asString()).isEqualTo("DISABLED");
        assertThat(list.get("settings").get("baseTierDefinition").get("name").asString()).isEqualTo("Base");
        assertThat(list.get("tiers").findValuesAsString("name")).containsExactly("Silver", "Gold");
        var text = cli.run("tiers", "list");
        assertThat(text.out()).contains("(base)", "Base", "Silver", "Gold", "100", "500");

        JsonNode updated = json(cli.run("tiers", "update", id, "--revision", "1", "--name", "Sterling",
                "--description", "", "--format", "json"));
        assertThat(updated.get("definition").get("name").asString()).isEqualTo("Sterling");
        assertThat(updated.get("definition").get("description").isNull()).isTrue();
        assertThat(updated.get("revision").asLong()).isEqualTo(2);

        var stale = cli.run("tiers", "delete", id, "--revision", "1");
        assertThat(stale.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(stale.err()).contains("revision");

        JsonNode deleted = json(cli.run("tiers", "delete", id, "--revision", "2", "--format", "json"));
        assertThat(deleted.get("deleted").asBoolean()).isTrue();
        assertThat(deleted.get("accountsMoved").asLong()).isZero();
        assertThat(cli.run("tiers", "show", id).exitCode()).isEqualTo(ExitCodes.FAILED);
    }

    @Test
    void namesAndRequiredPointsAreUnique() {
        assertThat(cli.run("tiers", "create", "--name", "Silver", "--required-points", "100").exitCode()).isZero();

        var sameName = cli.run("tiers", "create", "--name", "SILVER", "--required-points", "200");
        assertThat(sameName.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(sameName.err()).contains("a tier named 'Silver' already exists");
        var samePoints = cli.run("tiers", "create", "--name", "Gold", "--required-points", "100");
        assertThat(samePoints.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(samePoints.err()).contains("already requires 100 points");
        var baseName = cli.run("tiers", "create", "--name", "base", "--required-points", "300");
        assertThat(baseName.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(baseName.err()).contains("base tier's name");
    }

    @Test
    void fieldsOutsideTheirRangesAreRefused() {
        var zero = cli.run("tiers", "create", "--name", "Silver", "--required-points", "0");
        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("requiredPoints: must be 1 to 9999999 (0 is the base tier's)");
        assertThat(cli.run("tiers", "create", "--name", "Silver", "--required-points", "10000000").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("tiers", "create", "--name", "x".repeat(51), "--required-points", "1").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("tiers", "create", "--name", "Silver", "--required-points", "1", "--description",
                "d".repeat(71)).exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("tiers", "create", "--name", "Silver", "--required-points", "1", "--icon", "ftp://x")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("tiers", "list", "--format", "json").out()).contains("\"tiers\" : [ ]");
    }

    @Test
    void settingsAreShownAndChangedWithTheirRevision() {
        JsonNode shown = json(cli.run("tiers", "settings", "show", "--format", "json"));
        assertThat(shown.get("status").asString()).isEqualTo("DISABLED");
        assertThat(shown.get("rollingWindow").get("durationInMonths").asInt()).isEqualTo(12);
        assertThat(shown.get("revision").asLong()).isEqualTo(1);

        JsonNode updated = json(cli.run("tiers", "settings", "update", "--revision", "1", "--status", "active",
                "--rolling-window-months", "6", "--base-name", "Bronze", "--base-description", "Everyone",
                "--format", "json"));
        assertThat(updated.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(updated.get("rollingWindow").get("durationInMonths").asInt()).isEqualTo(6);
        assertThat(updated.get("baseTierDefinition").get("name").asString()).isEqualTo("Bronze");
        assertThat(updated.get("baseTierDefinition").get("description").asString()).isEqualTo("Everyone");
        assertThat(updated.get("revision").asLong()).isEqualTo(2);

        assertThat(cli.run("tiers", "settings", "update", "--revision", "1", "--status", "PAUSED").exitCode())
                .isEqualTo(ExitCodes.FAILED);
        assertThat(cli.run("tiers", "settings", "update", "--revision", "2", "--status", "ON").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("tiers", "settings", "update", "--revision", "2", "--rolling-window-months", "0")
                .exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("tiers", "settings", "show").out()).contains("ACTIVE", "6 months", "Bronze - Everyone");
    }

    JsonNode json(CliRunner.Result result) {
        assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        return json.readTree(result.out());
    }
}
