package com.loyaltybatch.statement;

import com.loyaltybatch.messaging.MailMessage;

/**
 * A member's monthly statement as the job would send it for the period, rendered and not sent.
 *
 * @param accountId       the account
 * @param period          the statement month
 * @param message         the message: To (the member's address; null when the contact has none),
 *                        subject, text and HTML bodies, Message-ID and headers
 * @param eml             the whole MIME message as it would leave, headers included, lines ending
 *                        in CRLF
 * @param filteredBecause why the monthly statement would not send it ({@code the contact
 *                        unsubscribed}), or null when it would
 */
public record StatementPreview(String accountId, StatementPeriod period, MailMessage message, byte[] eml,
        String filteredBecause) {

    public String subject() {
        return message.subject();
    }

    public String text() {
        return message.text();
    }

    public String html() {
        return message.html();
    }
}
