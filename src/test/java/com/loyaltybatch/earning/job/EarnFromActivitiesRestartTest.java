package com.loyaltybatch.earning.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.contact.ContactDraft;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.earning.EarningRuleDraft;
import com.loyaltybatch.earning.EarningRuleKind;
import com.loyaltybatch.earning.EarningRuleService;
import com.loyaltybatch.earning.RuleConfig;
import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A run that fails mid-file continues with {@code restart} after the last committed chunk. */
@LoyaltyTest
class EarnFromActivitiesRestartTest {

    @DynamicPropertySource
    static void smallChunks(DynamicPropertyRegistry registry) {
        registry.add("loyalty.earning.chunk-size", () -> "2");
    }

    @Autowired
    CliRunner cli;

    @Autowired
    TestData testData;

    @Autowired
    AccountService accounts;

    @Autowired
    ContactService contacts;

    @Autowired
    EarningRuleService rules;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void memberAndRule() {
        testData.reset();
        testData.activeProgram();
        contacts.upsert(List.of(new ContactDraft("c-ada", "ada@example.com", "Ada", "L", "en", null, true)));
        accounts.create("c-ada");
        rules.create(new EarningRuleDraft("Orders", null, "order-paid", EarningRuleKind.CONVERSION_RATE,
                List.of(new RuleConfig(null, new BigDecimal("1"), 1))));
    }

    @AfterEach
    void dropFault() {
        jdbc.sql("ALTER TABLE points_transaction DROP CONSTRAINT IF EXISTS no_order_boom").update();
    }

    @Test
    void aFailedRunRestartsAfterItsLastCommittedChunk(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("orders.csv"), """
                order_id,contact_id,activity_type,amount_spent,date
                o-1,c-ada,order-paid,1,2026-11-02
                o-2,c-ada,order-paid,2,2026-11-02
                o-3,c-ada,order-paid,4,2026-11-02
                boom,c-ada,order-paid,8,2026-11-02
                o-5,c-ada,order-paid,16,2026-11-02
                """);
        jdbc.sql("ALTER TABLE points_transaction ADD CONSTRAINT no_order_boom CHECK (order_id IS NULL OR order_id <> 'boom')")
                .update();

        var failed = cli.run("run", "earn-from-activities", "file=" + file, "--format", "json");
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.FAILED);
        long executionId = json.readTree(failed.out()).get("executionId").asLong();
        String accountId = accounts.getByContactId("c-ada").id();
        assertThat(accounts.get(accountId).points().balance()).as("the first chunk committed").isEqualTo(3);

        jdbc.sql("ALTER TABLE points_transaction DROP CONSTRAINT no_order_boom").update();
        var restarted = cli.run("restart", Long.toString(executionId), "--format", "json");
        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        JsonNode result = json.readTree(restarted.out()).get("result");
        assertThat(result.get("credited").asLong()).isEqualTo(5);
        assertThat(result.get("alreadyCredited").asLong()).as("nothing read twice").isZero();
        assertThat(accounts.get(accountId).points().balance()).isEqualTo(31);
    }
}
