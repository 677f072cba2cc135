package com.loyaltybatch.messaging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;

/**
 * The embedded default when no SMTP host is configured: each message becomes one {@code .eml}
 * file under {@code <outbox>/<batch>/}, which any mail client opens. Files are written whole
 * (temporary file, then rename), so a crash never leaves half a message.
 */
class FileOutboxTransport implements MailTransport {

    private final Path outbox;
    private final InternetAddress from;
    private final InternetAddress replyTo;
    private final Session session = Session.getInstance(new Properties());
    private final java.time.Clock clock;

    FileOutboxTransport(MailProperties properties, java.time.Clock clock) {
        this.clock = clock;
        this.outbox = properties.outbox();
        this.from = SmtpMailTransport.address("loyalty.mail.from", properties.from());
        this.replyTo = properties.replyTo() == null || properties.replyTo().isBlank() ? null
                : SmtpMailTransport.address("loyalty.mail.reply-to", properties.replyTo());
    }

    @Override
    public Connection open(String batch) {
        Path folder = outbox.resolve(batch);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create outbox folder " + folder, e);
        }
        return new Connection() {
            @Override
            public void send(MailMessage message) {
                Path target = folder.resolve(fileName(message.messageId()));
                Path partial = folder.resolve(target.getFileName() + ".part");
                try (OutputStream out = Files.newOutputStream(partial)) {
                    MimeMessages.build(session, message, from, replyTo, clock.instant()).writeTo(out);
                } catch (IOException | MessagingException e) {
                    throw new MailSendException(true, "cannot write " + target + ": " + e.getMessage(), e);
                }
                try {
                    Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new MailSendException(true, "cannot write " + target + ": " + e.getMessage(), e);
                }
            }

            @Override
            public void close() {
                // nothing to release
            }
        };
    }

    @Override
    public String describe(String batch) {
        return outbox.resolve(batch).toAbsolutePath().normalize().toString();
    }

    private static String fileName(String messageId) {
        String local = messageId.contains("@") ? messageId.substring(0, messageId.indexOf('@')) : messageId;
        return local.replaceAll("[^A-Za-z0-9._-]", "_") + ".eml";
    }
}
