package com.loyaltybatch.statement;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.NotFoundException;
import com.loyaltybatch.messaging.MailMessage;
import com.loyaltybatch.messaging.MailTransport;
import com.loyaltybatch.messaging.MimeWriter;
import com.loyaltybatch.messaging.TemplateRenderer;
import com.loyaltybatch.reward.RewardService;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * One member's monthly statement, rendered from the current templates with the account's data
 * for a period exactly as the job renders it (the same reading, enrichment, model and templates),
 * to look at or to send to a test address. Neither records anything: no delivery record, no job
 * execution, no claim on the period; the member is never mailed.
 */
@Component
public class StatementPreviews {

    /** The header that marks a test send; its value is {@code true}. */
    public static final String TEST_SEND_HEADER = "X-Loyalty-Test-Send";
    /** Where test sends go in the file outbox: {@code <outbox>/test-send/}, apart from any period's statements. */
    static final String TEST_SEND_BATCH = "test-send";

    private final MonthlyStatementParameters parameters;
    private final StatementAccounts accounts;
    private final StatementMessageFactory messages;
    private final TemplateRenderer renderer;
    private final RewardService rewards;
    private final StatementProperties properties;
    private final MimeWriter mime;
    private final MailTransport transport;

    StatementPreviews(MonthlyStatementParameters parameters, StatementAccounts accounts,
            StatementMessageFactory messages, TemplateRenderer renderer, RewardService rewards,
            StatementProperties properties, MimeWriter mime, MailTransport transport) {
        this.parameters = parameters;
        this.accounts = accounts;
        this.messages = messages;
        this.renderer = renderer;
        this.rewards = rewards;
        this.properties = properties;
        this.mime = mime;
        this.transport = transport;
    }

    /**
     * The statement period as the job takes it: {@code YYYY-MM}, or null (or {@code previous-month})
     * for the month before the current one in {@code loyalty.zone}; a month that has not ended is refused.
     */
    public StatementPeriod period(String requested) {
        return parameters.requested(requested);
    }

    /** The account's statement for the period; an account the job would leave out is shown all the same. */
    public StatementPreview preview(String accountId, StatementPeriod period) {
        StatementAccount account = account(accountId, period);
        MailMessage message = render(account, messages.forPeriod(period));
        return new StatementPreview(account.accountId(), period, message, mime.write(message), filtered(account));
    }

    /**
     * Where a test send went: the address, the message's id, the transport ({@code smtp://...} or
     * the outbox folder), and why the job would not send this account's statement (null: it would).
     */
    public record TestSend(String to, String messageId, String destination, String filteredBecause) {
    }

    /**
     * Sends the account's statement to {@code to} instead of the member, through the configured
     * transport. The message is the member's, except: To is the test address, the Message-ID is
     * new for each send, {@value #TEST_SEND_HEADER}{@code : true} marks it, and the
     * List-Unsubscribe headers are left out, so a mail client's unsubscribe button cannot opt the
     * member out.
     */
    public TestSend testSend(String accountId, StatementPeriod period, String to) {
        String address = address(to);
        StatementAccount account = account(accountId, period);
        StatementMessages statement = messages.forPeriod(period);
        MailMessage message = render(account, statement);
        Map<String, String> headers = new LinkedHashMap<>(message.headers());
        headers.remove("List-Unsubscribe");
        headers.remove("List-Unsubscribe-Post");
        headers.put(TEST_SEND_HEADER, "true");
        var test = new MailMessage(statement.testMessageId(account.accountId()), address, message.subject(),
                message.text(), message.html(), headers);
        try (MailTransport.Connection connection = transport.open(TEST_SEND_BATCH)) {
            connection.send(test);
        }
        return new TestSend(address, test.messageId(), transport.describe(TEST_SEND_BATCH), filtered(account));
    }

    private String filtered(StatementAccount account) {
        AudienceFilter.Reason reason = AudienceFilter.reason(account, properties.audience());
        return reason == null ? null : reason.description();
    }

    private StatementAccount account(String accountId, StatementPeriod period) {
        return accounts.byId(accountId, period).orElseThrow(() -> new NotFoundException("account", accountId));
    }

    /** The templates as they are now on disk, not as a long-running process first read them. */
    private MailMessage render(StatementAccount account, StatementMessages statement) {
        renderer.reload();
        return statement.render(account, rewards.affordable());
    }

    private static String address(String to) {
        if (to == null || to.isBlank()) {
            throw InvalidInputException.field("to", "an email address is required");
        }
        try {
            InternetAddress address = new InternetAddress(to.strip(), true);
            if (address.isGroup() || !address.getAddress().contains("@")) {
                throw new AddressException("not a single address");
            }
            return to.strip();
        } catch (AddressException e) {
            throw InvalidInputException.field("to", "not an email address: " + to);
        }
    }
}
