package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.program.ProgramService;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.Ledger;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;
import com.loyaltybatch.tier.SettingsChanges;
import com.loyaltybatch.tier.TierChanges;
import com.loyaltybatch.tier.TierService;
import com.loyaltybatch.tier.TierStatus;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * The statement shows the member's tier and warns of points that expire before the next
 * statement (for October's, before December 1st), over real SMTP (GreenMail).
 */
@LoyaltyTest
class StatementTierAndExpiryTest {

    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
    }

    @Autowired
    TestData testData;

    @Autowired
    Ledger ledger;

    @Autowired
    CliRunner cli;

    @Autowired
    TierService tiers;

    @Autowired
    ProgramService program;

    @BeforeEach
    void program() throws Exception {
        testData.reset();
        testData.activeProgram();
    }

    @Test
    void membersSeeTheirTierAndPointsThatExpireBeforeTheNextStatement() throws Exception {
        tiers.create(new TierChanges("Gold", null, null, 500L));
        tiers.updateSettings(new SettingsChanges(TierStatus.ACTIVE, 12, new TierChanges("Bronze", null, null, null)), 1);
        var gold = testData.member("Gina", "Gold", "gina@example.com", "en", true, null);
        ledger.record(gold.id(), "EARN", 800, "Order", Instant.parse("2026-05-20T12:00:00Z"));
        var bronze = testData.member("Ben", "Bronze", "ben@example.com", "en", true, null);
        ledger.record(bronze.id(), "EARN", 100, "Order", Instant.parse("2026-10-10T12:00:00Z"));
        var german = testData.member("Jürgen", "Müller", "juergen@example.de", "de", true, null);
        ledger.record(german.id(), "EARN", 40, "Bestellung", Instant.parse("2026-05-31T08:00:00Z"));
        program.enableExpiration(6, 25);
        assertThat(cli.run("run", "recalculate-tiers", "date=2026-11-15").exitCode()).isZero();

        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(text("gina@example.com")).contains("Your tier: Gold",
                "200 Beans will expire on Nov 20, 2026. Use them before then!");
        assertThat(text("ben@example.com")).contains("Your tier: Bronze").doesNotContain("will expire");
        assertThat(html("gina@example.com")).contains("Gold", "200", "Nov 20, 2026");
        assertThat(text("juergen@example.de")).contains("Bronze", "10", "30.11.2026");
    }

    @Test
    void whileTiersAreNotActiveNoTierIsShownAndWithoutExpirationNoWarning() throws Exception {
        tiers.create(new TierChanges("Gold", null, null, 500L));
        var member = testData.member("Gina", "Gold", "gina@example.com", "en", true, null);
        ledger.record(member.id(), "EARN", 800, "Order", Instant.parse("2026-05-20T12:00:00Z"));
        assertThat(cli.run("run", "recalculate-tiers", "date=2026-11-15").exitCode()).isZero();

        assertThat(cli.run("run", "monthly-statement", "period=2026-10").exitCode()).isZero();

        assertThat(text("gina@example.com")).doesNotContain("tier", "expire");
    }

    private String text(String to) throws Exception {
        return (String) ((MimeMultipart) received(to).getContent()).getBodyPart(0).getContent();
    }

    private String html(String to) throws Exception {
        return (String) ((MimeMultipart) received(to).getContent()).getBodyPart(1).getContent();
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
