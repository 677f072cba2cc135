package com.loyaltybatch.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Properties;

import org.springframework.stereotype.Component;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;

/**
 * A {@link MailMessage} written as the MIME message that leaves (the content of an {@code .eml}
 * file): From and Reply-To of {@code loyalty.mail.*}, the date from the clock, the text and HTML
 * bodies as multipart/alternative. The file outbox writes its files with it, and previews show
 * a message with it without sending.
 */
@Component
public class MimeWriter {

    private final InternetAddress from;
    private final InternetAddress replyTo;
    private final Session session = Session.getInstance(new Properties());
    private final Clock clock;

    MimeWriter(MailProperties properties, Clock clock) {
        this.clock = clock;
        this.from = SmtpMailTransport.address("loyalty.mail.from", properties.from());
        this.replyTo = properties.replyTo() == null || properties.replyTo().isBlank() ? null
                : SmtpMailTransport.address("loyalty.mail.reply-to", properties.replyTo());
    }

    /** The whole message with its headers, lines ending in CRLF. */
    public byte[] write(MailMessage message) {
        var out = new ByteArrayOutputStream(8192);
        try {
            writeTo(message, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (MessagingException e) {
            throw new IllegalStateException("cannot write message " + message.messageId() + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    void writeTo(MailMessage message, OutputStream out) throws IOException, MessagingException {
        MimeMessages.build(session, message, from, replyTo, clock.instant()).writeTo(out);
    }
}
