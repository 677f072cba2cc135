package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.launch.ExitCodes;
import com.loyaltybatch.reward.CouponKind;
import com.loyaltybatch.reward.RewardDraft;
import com.loyaltybatch.reward.RewardService;
import com.loyaltybatch.reward.RewardType;
import com.loyaltybatch.reward.TierConfig;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.Ledger;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The monthly statement over real SMTP (GreenMail): content, headers, audience, failures, restarts. */
@LoyaltyTest
class MonthlyStatementJobTest {

    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
        registry.add("loyalty.mail.from", () -> "Coffee Club <club@example.com>");
        registry.add("loyalty.mail.retry.max-retries", () -> "2");
        registry.add("loyalty.mail.retry.delay", () -> "20ms");
        registry.add("loyalty.statement.chunk-size", () -> "3");
        registry.add("loyalty.statement.page-size", () -> "4");
        registry.add("loyalty.statement.unsubscribe.mailto", () -> "unsubscribe@example.com");
        registry.add("loyalty.public-url", () -> "https://loyalty.shop.example.com/");
        registry.add("loyalty.statement.unsubscribe.secret", () -> SECRET);
    }

    static final String SECRET = "a test secret of more than 32 bytes";
    static final Instant OCTOBER_5 = Instant.parse("2026-10-05T12:00:00Z");
    static final Instant OCTOBER_20 = Instant.parse("2026-10-20T12:00:00Z");
    static final Instant SEPTEMBER_1 = Instant.parse("2026-09-01T12:00:00Z");

    @Autowired
    TestData testData;

    @Autowired
    Ledger ledger;

    @Autowired
    CliRunner cli;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    JobRepository jobRepository;

    @Autowired
    RewardService rewards;

    @BeforeEach
    void program() throws Exception {
        testData.reset();
        jdbc.sql("DELETE FROM statement_delivery").update();
        testData.activeProgram();
    }

    @Test
    void eachSubscribedMemberGetsTheirBalanceAndTheMonthsActivityInTheirLanguage() throws Exception {
        var bob = testData.member("<b>Bob</b>", "Smith", "bob@example.com", "en-US", true, null);
        ledger.record(bob.id(), "EARN", 1000, "Welcome", SEPTEMBER_1);
        ledger.record(bob.id(), "EARN", 250, "Order 1001", OCTOBER_5);
        ledger.record(bob.id(), "REDEEM", -100, "Free coffee", OCTOBER_20);
        ledger.record(bob.id(), "EARN", 40, "Order after the period", Instant.parse("2026-11-02T09:00:00Z"));
        var jurgen = testData.member("Jürgen", "Müller", "juergen@example.de", "de-DE", true, null);
        ledger.record(jurgen.id(), "EARN", 1234, "Bestellung", OCTOBER_5);
        testData.member("Una", "Subscribed", "una@example.com", "en", false, null);
        testData.member("No", "Email", null, "en", true, null).toString();

        var run = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        JsonNode outcome = json.readTree(run.out());
        assertThat(outcome.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(outcome.get("result").get("sent").asLong()).isEqualTo(2);
        assertThat(outcome.get("result").get("filtered.NO_EMAIL").asLong()).isEqualTo(1);
        assertThat(outcome.get("result").get("filtered.UNSUBSCRIBED").asLong()).isEqualTo(1);
        assertThat(outcome.get("steps").get(1).get("filterCount").asLong()).isEqualTo(2);

        MimeMessage english = received("bob@example.com");
        assertThat(english.getSubject()).isEqualTo("Your Beans in October 2026: 1,150 Beans");
        assertThat(english.getFrom()[0].toString()).isEqualTo("Coffee Club <club@example.com>");
        assertThat(english.getSentDate().toInstant()).isEqualTo(TestData.NOW);
        assertThat(english.getMessageID()).isEqualTo("<statement-2026-10-" + bob.id() + "@loyalty.example.com>");
        String link = "https://loyalty.shop.example.com/unsubscribe/"
                + new UnsubscribeTokens(SECRET).issue(bob.contactId(), "2026-10");
        assertThat(english.getHeader("List-Unsubscribe", null))
                .isEqualTo("<" + link + ">, <mailto:unsubscribe@example.com?subject=unsubscribe%20bob%40example.com>");
        assertThat(english.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");
        var parts = (MimeMultipart) english.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        String text = (String) parts.getBodyPart(0).getContent();
        String html = (String) parts.getBodyPart(1).getContent();
        assertThat(text).contains("Hello <b>Bob</b>,", "Balance on Oct 31, 2026: 1,150 Beans",
                "Balance on Oct 1, 2026: 1,000 Beans", "Earned:    250", "Redeemed:  100", "Order 1001  +250",
                "Free coffee  -100", "To stop these emails: " + link).doesNotContain("Order after the period");
        assertThat(html).contains("Hello &lt;b&gt;Bob&lt;/b&gt;,", "<a href=\"" + link + "\">Unsubscribe</a>")
                .doesNotContain("<b>Bob</b>");

        MimeMessage german = received("juergen@example.de");
        assertThat(german.getSubject()).isEqualTo("Ihre Beans im Oktober 2026: 1.234 Beans");
        String germanText = (String) ((MimeMultipart) german.getContent()).getBodyPart(0).getContent();
        assertThat(germanText).contains("Hallo Jürgen,", "Gesammelt:  1.234",
                "Keine weiteren E-Mails: https://loyalty.shop.example.com/unsubscribe/");
    }

    @Test
    void theStatementShowsTheActiveRewardsTheBalanceCoversInTheMembersTier() throws Exception {
        var bob = testData.member("Bob", "Smith", "bob@example.com", "en", true, null);
        ledger.record(bob.id(), "EARN", 1000, "Welcome", OCTOBER_5);
        rewards.create(reward("Free coffee", true, null, 500));
        rewards.create(reward("Espresso machine", true, null, 5000));
        rewards.create(reward("Retired mug", false, null, 10));
        rewards.create(reward("Gold lounge", true, "gold", 10));

        assertThat(cli.run("run", "monthly-statement", "period=2026-10").exitCode()).isZero();

        String text = (String) ((MimeMultipart) received("bob@example.com").getContent()).getBodyPart(0).getContent();
        assertThat(text).contains("You can afford: Free coffee").doesNotContain("Espresso machine", "Retired mug",
                "Gold lounge");
    }

    static RewardDraft reward(String name, boolean active, String tierId, long cost) {
        return new RewardDraft(name, active, RewardType.COUPON_REWARD, CouponKind.FREE_SHIPPING, null, null,
                java.util.List.of(new TierConfig(tierId, cost, null)));
    }

    @Test
    void aCompletedPeriodIsNotRunAgain() throws Exception {
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        assertThat(cli.run("run", "monthly-statement", "period=2026-10").exitCode()).isZero();

        var again = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(again.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(again.err()).contains("already completed");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theOutcomeIsKeptInTheJobRepositoryForReportsOfLaterProcesses() throws Exception {
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        testData.member("No", "Email", null, "en", true, null);
        var run = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");
        long executionId = json.readTree(run.out()).get("executionId").asLong();

        var stored = jobRepository.getJobExecution(executionId).getExecutionContext();

        assertThat(stored.getLong("sent")).isEqualTo(1);
        assertThat(stored.getLong("filtered.NO_EMAIL")).isEqualTo(1);
        assertThat(stored.getString("summary")).startsWith("period 2026-10: 1 sent");
    }

    @Test
    void theDefaultPeriodIsThePreviousMonthAndAPeriodNotYetEndedIsRefused() {
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        var current = cli.run("run", "monthly-statement", "period=2026-11");
        assertThat(current.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(current.err()).isEqualTo("error: period: 2026-11 has not ended yet (ends 2026-12-01T00:00:00Z)\n");
        assertThat(cli.run("run", "monthly-statement", "period=october").exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.run("run", "monthly-statement", "colour=blue").exitCode()).isEqualTo(ExitCodes.USAGE);

        var run = cli.run("run", "monthly-statement");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("period 2026-10: 1 sent");
    }

    @Test
    void aProgramWithoutANameSendsNothing() {
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        jdbc.sql("UPDATE loyalty_program SET name = NULL").update();

        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(run.out()).contains("Reason: the program has no name to sign the statement with");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aDryRunRendersEverythingAndSendsNothing() {
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        testData.member("Alan", "Turing", "alan@example.com", "en", true, null);

        var dry = cli.run("run", "monthly-statement", "period=2026-10", "dry-run=true", "--format", "json");

        assertThat(dry.exitCode()).as(dry.err()).isZero();
        var result = json.readTree(dry.out()).get("result");
        assertThat(result.get("rendered").asLong()).isEqualTo(2);
        assertThat(result.get("sent").asLong()).isZero();
        assertThat(result.get("summary").asString()).isEqualTo("period 2026-10 (dry run): 2 rendered, nothing sent, 0 filtered");
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(cli.run("run", "monthly-statement", "period=2026-10").exitCode()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aRecipientRejectedByTheServerIsRecordedAndTheRestGoOut() throws Exception {
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        var rejected = testData.member("Gone", "Away", "rejected-gone@example.com", "en", true, null);
        testData.member("Alan", "Turing", "alan@example.com", "en", true, null);

        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.COMPLETED_WITH_SKIPS);
        assertThat(run.out()).contains("COMPLETED (COMPLETED_WITH_FAILURES)", "2 sent, 1 failed");
        assertThat(smtp.recipients()).containsExactlyInAnyOrder("ada@example.com", "alan@example.com");
        var failure = jdbc.sql("SELECT status, reply FROM statement_delivery WHERE account_id = ?")
                .param(rejected.id()).query().singleRow();
        assertThat(failure.get("STATUS")).isEqualTo("FAILED");
        assertThat((String) failure.get("REPLY")).contains("550 5.1.1", "User unknown");
    }

    @Test
    void aTemporaryRefusalIsRetriedAndTheMessageGoesOutOnce() throws Exception {
        testData.member("Grey", "Listed", "greylisted-grey@example.com", "en", true, null);
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);

        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 sent, 0 failed, 0 uncertain");
        assertThat(smtp.recipients()).containsExactlyInAnyOrder("greylisted-grey@example.com", "ada@example.com");
    }

    @Test
    void theSmtpServerDownAtStartFailsTheRunAndARestartDeliversEverythingOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            testData.member("Member" + i, "Test", "member" + i + "@example.com", "en", true, null);
        }
        smtp.stop();
        CliRunner.Result down;
        try {
            down = cli.run("run", "monthly-statement", "period=2026-10", "--format", "json");
        } finally {
            smtp.start();
        }
        assertThat(down.exitCode()).isEqualTo(ExitCodes.FAILED);
        JsonNode failed = json.readTree(down.out());
        assertThat(failed.get("status").asString()).isEqualTo("FAILED");
        long executionId = failed.get("executionId").asLong();

        var restarted = cli.run("restart", Long.toString(executionId));

        assertThat(restarted.exitCode()).as(restarted.err()).isZero();
        assertThat(restarted.out()).contains("5 sent, 0 failed, 0 uncertain");
        assertThat(smtp.recipients()).hasSize(5).doesNotHaveDuplicates();
    }

    private MimeMessage received(String to) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(to);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .findFirst().orElseThrow(() -> new AssertionError("no message to " + to));
    }

}
