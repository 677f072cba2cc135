package com.loyaltybatch.messaging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import jakarta.mail.MessagingException;

/**
 * The embedded default when no SMTP host is configured: each message becomes one {@code .eml}
 * file under {@code <outbox>/<batch>/}, which any mail client opens. Files are written whole
 * (temporary file, then rename), so a crash never leaves half a message.
 */
class FileOutboxTransport implements MailTransport {

    private final Path outbox;
    private final MimeWriter mime;

    FileOutboxTransport(Path outbox, MimeWriter mime) {
        this.outbox = outbox;
        this.mime = mime;
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
                    mime.writeTo(message, out);
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
