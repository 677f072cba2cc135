package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * Statements without {@code loyalty.public-url}: the mailto address alone, no one-click header, no
 * link in the bodies, and one warning per run. A short secret is no problem while no link is made.
 */
@LoyaltyTest
@ExtendWith(OutputCaptureExtension.class)
class UnsubscribeWithoutPublicUrlTest {

    static final String WARNING = "statements go out without a one-click unsubscribe link";

    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
        registry.add("loyalty.statement.chunk-size", () -> "1");
        registry.add("loyalty.statement.unsubscribe.mailto", () -> "unsubscribe@shop.example.com");
        registry.add("loyalty.statement.unsubscribe.secret", () -> "short");
    }

    @Autowired
    TestData testData;

    @Autowired
    CliRunner cli;

    @BeforeEach
    void members() {
        testData.reset();
        testData.activeProgram();
        testData.member("Ada", "Lovelace", "ada@example.com", "en", true, null);
        testData.member("Jürgen", "Müller", "juergen@example.de", "de", true, null);
        testData.member("Alan", "Turing", "alan@example.com", "en", true, null);
    }

    @Test
    void messagesCarryOnlyTheMailtoAddressAndNoOneClickHeader(CapturedOutput output) throws Exception {
        var run = cli.run("run", "monthly-statement", "period=2026-10");

        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(3);
        for (MimeMessage message : smtp.getReceivedMessages()) {
            String to = message.getAllRecipients()[0].toString();
            assertThat(message.getHeader("List-Unsubscribe", null)).isEqualTo(
                    "<mailto:unsubscribe@shop.example.com?subject=unsubscribe%20" + to.replace("@", "%40") + ">");
            assertThat(message.getHeader("List-Unsubscribe-Post")).isNull();
            var parts = (MimeMultipart) message.getContent();
            assertThat((String) parts.getBodyPart(0).getContent()).doesNotContain("/unsubscribe", "To stop these emails",
                    "Keine weiteren E-Mails");
            assertThat((String) parts.getBodyPart(1).getContent()).doesNotContain("/unsubscribe", ">Unsubscribe<",
                    ">Abmelden<");
        }
        assertThat(output.getAll().split(WARNING, -1)).as("the warning, once in a run of three chunks").hasSize(2);
        assertThat(output.getAll()).contains("Gmail and Yahoo expect one (RFC 8058) from bulk senders");
    }
}
