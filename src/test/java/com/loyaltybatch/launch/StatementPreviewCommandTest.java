package com.loyaltybatch.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.loyaltybatch.account.Account;
import com.loyaltybatch.support.CliRunner;
import com.loyaltybatch.support.Ledger;
import com.loyaltybatch.support.LoyaltyTest;
import com.loyaltybatch.support.SmtpServerExtension;
import com.loyaltybatch.support.TestData;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/**
 * {@code statement preview} and {@code statement test-send}: the member's real statement, shown
 * or sent to a test address over real SMTP (GreenMail), with nothing recorded.
 */
@LoyaltyTest
class StatementPreviewCommandTest {

    @RegisterExtension
    static final SmtpServerExtension smtp = new SmtpServerExtension();

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        smtp.register(registry);
        registry.add("loyalty.mail.from", () -> "Coffee Club <club@example.com>");
        registry.add("loyalty.statement.unsubscribe.mailto", () -> "unsubscribe@example.com");
        registry.add("loyalty.statement.unsubscribe.url", () -> "https://example.com/unsubscribe?token={token}");
        registry.add("loyalty.statement.unsubscribe.secret", () -> "test-secret-of-at-least-32-bytes-long");
    }

    static final String SUBJECT = "Your Beans in October 2026: 1,150 Beans";

    @Autowired
    CliRunner cli;

    @Autowired
    TestData testData;

    @Autowired
    Ledger ledger;

    @Autowired
    JdbcClient jdbc;

    Account bob;

    @BeforeEach
    void bobsOctober() {
        testData.reset();
        testData.activeProgram();
        bob = testData.member("Bob", "Smith", "bob@example.com", "en", true, null);
        ledger.record(bob.id(), "EARN", 1000, "Welcome", Instant.parse("2026-09-01T12:00:00Z"));
        ledger.record(bob.id(), "EARN", 250, "Order 1001", Instant.parse("2026-10-05T12:00:00Z"));
        ledger.record(bob.id(), "REDEEM", -100, "Free coffee", Instant.parse("2026-10-20T12:00:00Z"));
        ledger.record(bob.id(), "EARN", 40, "Order after the period", Instant.parse("2026-11-02T09:00:00Z"));
    }

    @Test
    void thePreviewShowsTheSubjectAndTextWithTheAccountsBalanceAndActivityAndRecordsNothing() {
        var preview = cli.run("statement", "preview", bob.id(), "--period", "2026-10");

        assertThat(preview.exitCode()).as(preview.err()).isZero();
        assertThat(preview.err()).isEmpty();
        assertThat(preview.out()).startsWith("Subject: " + SUBJECT + System.lineSeparator() + System.lineSeparator()
                + "Hello Bob,");
        assertThat(preview.out()).contains("Balance on Oct 31, 2026: 1,150 Beans", "Balance on Oct 1, 2026: 1,000 Beans",
                "Earned:    250", "Redeemed:  100", "Order 1001  +250", "Free coffee  -100")
                .doesNotContain("Order after the period");
        assertNothingRecordedOrSent();
    }

    @Test
    void theHtmlFormatIsTheHtmlBodyAndTheDefaultPeriodIsThePreviousMonth() {
        var html = cli.run("statement", "preview", bob.id(), "--format", "html");

        assertThat(html.exitCode()).as(html.err()).isZero();
        assertThat(html.out()).startsWith("<!DOCTYPE html>").contains("Hello Bob,",
                "<strong>October 2026</strong>", "<strong>1,150</strong> Beans", "<td>Order 1001</td>",
                "href=\"https://example.com/unsubscribe?token=");
        assertNothingRecordedOrSent();
    }

    @Test
    void theEmlFormatIsTheWholeMessageAsItWouldBeSentToTheMember() throws Exception {
        var eml = cli.run("statement", "preview", bob.id(), "--period", "2026-10", "--format", "eml");

        assertThat(eml.exitCode()).as(eml.err()).isZero();
        MimeMessage message = parse(eml.out().getBytes(StandardCharsets.UTF_8));
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("bob@example.com");
        assertThat(message.getFrom()[0].toString()).isEqualTo("Coffee Club <club@example.com>");
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        assertThat(message.getMessageID()).isEqualTo("<statement-2026-10-" + bob.id() + "@loyalty.example.com>");
        assertThat(message.getSentDate().toInstant()).isEqualTo(TestData.NOW);
        assertThat(message.getHeader("List-Unsubscribe", null)).startsWith("<https://example.com/unsubscribe?token=")
                .contains(", <mailto:unsubscribe@example.com");
        assertThat(message.getHeader("X-Loyalty-Test-Send")).isNull();
        assertThat(text(message)).contains("Balance on Oct 31, 2026: 1,150 Beans", "Order 1001  +250");
        assertNothingRecordedOrSent();
    }

    @Test
    void thePreviewIsTheMessageTheMonthlyStatementSends() throws Exception {
        var preview = cli.run("statement", "preview", bob.id(), "--period", "2026-10", "--format", "eml");
        MimeMessage previewed = parse(preview.out().getBytes(StandardCharsets.UTF_8));

        assertThat(cli.run("run", "monthly-statement", "period=2026-10").exitCode()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage sent = smtp.getReceivedMessages()[0];
        assertThat(sent.getSubject()).isEqualTo(previewed.getSubject());
        assertThat(sent.getMessageID()).isEqualTo(previewed.getMessageID());
        assertThat(sent.getHeader("List-Unsubscribe", null)).isEqualTo(previewed.getHeader("List-Unsubscribe", null));
        assertThat(text(sent)).isEqualTo(text(previewed));
        assertThat(html(sent)).isEqualTo(html(previewed));
    }

    @Test
    void theOutputFileHoldsThePreviewAndStdoutStaysEmpty(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("statement.eml");

        var written = cli.run("statement", "preview", bob.id(), "--format", "eml", "--output", file.toString());

        assertThat(written.exitCode()).as(written.err()).isZero();
        assertThat(written.out()).isEmpty();
        MimeMessage message = parse(Files.readAllBytes(file));
        assertThat(message.getSubject()).isEqualTo(SUBJECT);
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.US_ASCII)).contains("\r\n");

        Path html = folder.resolve("statement.html");
        assertThat(cli.run("statement", "preview", bob.id(), "--format", "html", "--output", html.toString())
                .exitCode()).isZero();
        assertThat(Files.readString(html)).contains("<strong>1,150</strong> Beans");
        assertNothingRecordedOrSent();
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnInputError(@TempDir Path folder) {
        Path missing = folder.resolve("no-such-folder").resolve("statement.txt");

        var refused = cli.run("statement", "preview", bob.id(), "--output", missing.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).isEqualTo("error: output: cannot write " + missing + ": its folder does not exist\n");
        var aFolder = cli.run("statement", "preview", bob.id(), "--output", folder.toString());
        assertThat(aFolder.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(aFolder.err()).startsWith("error: output: cannot write " + folder).hasLineCount(1);
    }

    @Test
    void anUnknownAccountIsNotFound() {
        var unknown = cli.run("statement", "preview", "no-such-account");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(unknown.err()).isEqualTo("error: account not found: no-such-account\n");
        assertThat(unknown.out()).isEmpty();

        var testSend = cli.run("statement", "test-send", "no-such-account", "--to", "tester@example.org");
        assertThat(testSend.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(testSend.err()).isEqualTo("error: account not found: no-such-account\n");
        assertNothingRecordedOrSent();
    }

    @Test
    void aBadPeriodOrFormatIsAUsageError() {
        var notAMonth = cli.run("statement", "preview", bob.id(), "--period", "2026-13");
        assertThat(notAMonth.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notAMonth.err()).isEqualTo("error: period: not a month (YYYY-MM): 2026-13\n");

        var notEnded = cli.run("statement", "preview", bob.id(), "--period", "2026-11");
        assertThat(notEnded.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notEnded.err()).isEqualTo("error: period: 2026-11 has not ended yet (ends 2026-12-01T00:00:00Z)\n");

        var pdf = cli.run("statement", "preview", bob.id(), "--format", "pdf");
        assertThat(pdf.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(pdf.err()).startsWith("error: ");

        var testSend = cli.run("statement", "test-send", bob.id(), "--to", "tester@example.org", "--period", "october");
        assertThat(testSend.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(testSend.err()).isEqualTo("error: period: not a month (YYYY-MM): october\n");
        assertNothingRecordedOrSent();
    }

    @Test
    void anAccountTheStatementWouldLeaveOutIsPreviewedWithANote() throws Exception {
        var una = testData.member("Una", "Subscribed", "una@example.com", "en", false, null);
        var noEmail = testData.member("No", "Email", null, "en", true, null);

        var unsubscribed = cli.run("statement", "preview", una.id(), "--period", "2026-10");
        assertThat(unsubscribed.exitCode()).isZero();
        assertThat(unsubscribed.out()).startsWith("Subject: Your Beans in October 2026: 0 Beans");
        assertThat(unsubscribed.err())
                .isEqualTo("note: the monthly statement would not send this account a message: the contact unsubscribed\n");

        var withoutEmail = cli.run("statement", "preview", noEmail.id(), "--period", "2026-10", "--format", "eml");
        assertThat(withoutEmail.exitCode()).as(withoutEmail.err()).isZero();
        assertThat(withoutEmail.err()).isEqualTo(
                "note: the monthly statement would not send this account a message: the contact has no email address\n");
        MimeMessage message = parse(withoutEmail.out().getBytes(StandardCharsets.UTF_8));
        assertThat(message.getAllRecipients()).isNull();
        assertThat(text(message)).startsWith("Hello No,");
        assertNothingRecordedOrSent();
    }

    @Test
    void aTestSendDeliversOneMessageToTheTestAddressAndNoneToTheMember() throws Exception {
        var sent = cli.run("statement", "test-send", bob.id(), "--to", "tester@example.org", "--period", "2026-10");

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("tester@example.org", "smtp://127.0.0.1:" + smtp.port());
        assertThat(smtp.recipients()).containsExactly("tester@example.org");
        MimeMessage test = smtp.getReceivedMessages()[0];
        assertThat(test.getSubject()).isEqualTo(SUBJECT);
        assertThat(test.getHeader("X-Loyalty-Test-Send", null)).isEqualTo("true");
        assertThat(test.getHeader("List-Unsubscribe")).isNull();
        assertThat(test.getMessageID()).startsWith("<statement-test-2026-10-" + bob.id() + "-");
        assertThat(text(test)).contains("Hello Bob,", "Balance on Oct 31, 2026: 1,150 Beans", "Order 1001  +250");
        assertThat(count("statement_delivery")).isZero();
        assertThat(count("statement_run")).isZero();
        assertThat(count("BATCH_JOB_EXECUTION")).isZero();

        // the member still gets their statement: the test send was no delivery
        assertThat(cli.run("run", "monthly-statement", "period=2026-10").exitCode()).isZero();
        assertThat(smtp.receivedPerRecipient()).containsOnly(java.util.Map.entry("tester@example.org", 1L),
                java.util.Map.entry("bob@example.com", 1L));
    }

    @Test
    void aTestSendOfAnAccountTheStatementWouldLeaveOutGoesToTheTestAddress() {
        var una = testData.member("Una", "Subscribed", "una@example.com", "en", false, null);

        var sent = cli.run("statement", "test-send", una.id(), "--to", "tester@example.org", "--format", "json");

        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.err()).contains("the contact unsubscribed").hasLineCount(1);
        assertThat(sent.out()).contains("\"to\" : \"tester@example.org\"", "\"period\" : \"2026-10\"");
        assertThat(smtp.recipients()).containsExactly("tester@example.org");
        assertThat(count("statement_delivery")).isZero();
    }

    @Test
    void aTestSendToSomethingThatIsNotAnAddressIsRefused() {
        var refused = cli.run("statement", "test-send", bob.id(), "--to", "not-an-address");

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).isEqualTo("error: to: not an email address: not-an-address\n");
        assertThat(cli.run("statement", "test-send", bob.id(), "--to", "a@example.org, b@example.org").exitCode())
                .isEqualTo(ExitCodes.USAGE);
        var missing = cli.run("statement", "test-send", bob.id());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertNothingRecordedOrSent();
    }

    private void assertNothingRecordedOrSent() {
        assertThat(count("statement_delivery")).isZero();
        assertThat(count("statement_run")).isZero();
        assertThat(count("BATCH_JOB_EXECUTION")).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    static MimeMessage parse(byte[] eml) throws Exception {
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
    }

    static String text(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(0).getContent();
    }

    static String html(MimeMessage message) throws Exception {
        return (String) ((MimeMultipart) message.getContent()).getBodyPart(1).getContent();
    }
}
