package com.loyaltybatch.earning.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.account.AccountService;
import com.loyaltybatch.contact.ContactDraft;
import com.loyaltybatch.contact.ContactService;
import com.loyaltybatch.earning.EarningRule;
import com.loyaltybatch.earning.EarningRuleDraft;
import com.loyaltybatch.earning.EarningRuleKind;
import com.loyaltybatch.earning.EarningRuleService;
import com.loyaltybatch.earning.RuleConfig;
import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.TestData;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code run earn-from-activities file=...}: points by the active rules, once per activity and
 * rule; run against H2 and PostgreSQL by its subclasses.
 */
abstract class EarnFromActivitiesContract {

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

    @TempDir
    Path dir;

    Account ada;
    Account grace;
    EarningRule orders;

    @BeforeEach
    void membersAndRules() {
        testData.reset();
        testData.activeProgram();
        ada = member("c-ada", "ada@example.com");
        grace = member("c-grace", "Grace@Example.com");
        jdbc.sql("UPDATE loyalty_account SET tier_id = 'gold' WHERE id = ?").param(grace.id()).update();
        orders = rules.create(new EarningRuleDraft("Orders", null, "order-paid", EarningRuleKind.CONVERSION_RATE,
                List.of(new RuleConfig(null, new BigDecimal("10"), 1), new RuleConfig("gold", new BigDecimal("10"), 2))));
        rules.create(new EarningRuleDraft("Sign-up bonus", null, "signed-up", EarningRuleKind.FIXED_AMOUNT,
                List.of(new RuleConfig(null, null, 50))));
    }

    @Test
    void activitiesEarnByTheActiveRulesAndTheAccountsTier() throws IOException {
        Path file = write("activities.csv", """
                activity_id,contact_id,email,activity_type,amount_spent,date
                a-1,c-ada,,order-paid,129.90,2026-11-02
                a-2,,grace@example.com,order-paid,55,2026-11-03T10:15:00Z
                a-3,c-ada,,signed-up,,2026-11-01
                a-4,c-ada,,page-viewed,,2026-11-01
                """);
        JsonNode outcome = run(file, ExitCodes.OK);
        assertThat(outcome.get("result").get("credited").asLong()).isEqualTo(3);
        assertThat(outcome.get("result").get("points").asLong()).isEqualTo(12 + 10 + 50);
        assertThat(outcome.get("result").get("filtered").asLong()).isEqualTo(1);
        assertThat(outcome.get("result").get("rejected").asLong()).isZero();
        assertThat(accounts.get(ada.id()).points().balance()).isEqualTo(62);
        assertThat(accounts.get(grace.id()).points().balance()).as("gold earns 2 per 10").isEqualTo(10);
        assertThat(Files.exists(dir.resolve("activities.rejects.csv"))).isFalse();
        var earn = jdbc.sql("SELECT idempotency_key FROM points_transaction WHERE account_id = ? AND activity_type = 'order-paid'")
                .param(grace.id()).query(String.class).single();
        assertThat(earn).isEqualTo("activity:" + orders.id() + ":a-2");
    }

    @Test
    void runningTheSameActivitiesTwiceCreditsThemOnce() throws IOException {
        String rows = """
                activity_id,contact_id,activity_type,amount_spent,date
                a-1,c-ada,order-paid,100,2026-11-02
                a-2,c-grace,order-paid,30,2026-11-02
                """;
        Path file = write("activities.csv", rows);
        assertThat(run(file, ExitCodes.OK).get("result").get("credited").asLong()).isEqualTo(2);
        JsonNode again = run(file, ExitCodes.OK);
        assertThat(again.get("result").get("credited").asLong()).isZero();
        assertThat(again.get("result").get("points").asLong()).isZero();
        assertThat(again.get("result").get("alreadyCredited").asLong()).isEqualTo(2);
        JsonNode renamed = run(write("copy.csv", rows), ExitCodes.OK);
        assertThat(renamed.get("result").get("alreadyCredited").asLong()).isEqualTo(2);
        assertThat(accounts.get(ada.id()).points().balance()).isEqualTo(10);
        assertThat(accounts.get(grace.id()).points().balance()).isEqualTo(6);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM points_transaction").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badRowsGoToTheErrorsFileWithReasonsAndTheRunExitsThree() throws IOException {
        Path file = write("activities.csv", """
                activity_id,contact_id,email,activity_type,amount_spent,date
                a-1,c-ada,,order-paid,100,2026-11-02
                a-2,c-nobody,,order-paid,100,2026-11-02
                a-3,,nobody@example.com,order-paid,100,2026-11-02
                a-4,c-ada,,order-paid,lots,2026-11-02
                a-5,c-ada,,order-paid,100,yesterday
                ,c-ada,,order-paid,100,2026-11-02
                a-7,c-ada,order-paid
                """);
        JsonNode outcome = run(file, ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(outcome.get("exitCode").asString()).isEqualTo("COMPLETED_WITH_FAILURES");
        assertThat(outcome.get("result").get("credited").asLong()).isEqualTo(1);
        assertThat(outcome.get("result").get("rejected").asLong()).isEqualTo(6);
        Path errors = dir.resolve("activities.rejects.csv");
        assertThat(outcome.get("result").get("errorsFile").asString()).isEqualTo(errors.toString());
        List<String> lines = Files.readAllLines(errors);
        assertThat(lines.get(0)).isEqualTo("line,reason,record");
        assertThat(lines.subList(1, lines.size())).anySatisfy(l -> assertThat(l).startsWith("3,no account for contact c-nobody,"))
                .anySatisfy(l -> assertThat(l).startsWith("4,no account for email nobody@example.com,"))
                .anySatisfy(l -> assertThat(l).startsWith("5,amount_spent: not a number: lots,"))
                .anySatisfy(l -> assertThat(l).startsWith("6,\"date: required"))
                .anySatisfy(l -> assertThat(l).startsWith("7,activity_id or order_id: required,"))
                .anySatisfy(l -> assertThat(l).startsWith("8,\"expected 6 fields, found 3\""));
        assertThat(accounts.get(ada.id()).points().balance()).isEqualTo(10);
    }

    @Test
    void jsonLinesReadLikeCsvAndPausedRulesEarnNothing() throws IOException {
        rules.pause(rules.list().stream().filter(r -> r.title().equals("Sign-up bonus")).findFirst().orElseThrow().id());
        Path file = write("activities.jsonl", """
                {"orderId": "o-1", "email": "ADA@example.com", "activityType": "order-paid", "amountSpent": 45.5, "date": "2026-11-02"}
                {"orderId": "o-2", "contactId": "c-ada", "activityType": "signed-up", "date": "2026-11-02"}
                not json
                """);
        JsonNode outcome = run(file, ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(outcome.get("result").get("credited").asLong()).isEqualTo(1);
        assertThat(outcome.get("result").get("filtered").asLong()).isEqualTo(1);
        assertThat(outcome.get("result").get("rejected").asLong()).isEqualTo(1);
        assertThat(accounts.get(ada.id()).points().balance()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT order_id FROM points_transaction WHERE account_id = ?").param(ada.id())
                .query(String.class).single()).isEqualTo("o-1");
        assertThat(Files.readAllLines(dir.resolve("activities.rejects.csv")).get(1)).startsWith("3,\"not JSON");
    }

    @Test
    void aFileWithoutTheNeededColumnsIsRefusedWhole() throws IOException {
        Path file = write("activities.csv", "id,what\n1,2\n");
        var result = cli.run("run", "earn-from-activities", "file=" + file);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.out() + result.err()).contains("the header needs activity_type");
    }

    private JsonNode run(Path file, int exitCode) {
        var result = cli.run("run", "earn-from-activities", "file=" + file, "--format", "json");
        assertThat(result.exitCode()).as(result.err() + result.out()).isEqualTo(exitCode);
        return json.readTree(result.out());
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private Account member(String contactId, String email) {
        contacts.upsert(List.of(new ContactDraft(contactId, email, "M", "Ember", "en", null, true)));
        return accounts.create(contactId);
    }
}
