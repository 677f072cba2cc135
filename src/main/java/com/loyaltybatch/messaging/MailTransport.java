package com.loyaltybatch.messaging;

/**
 * Where messages go. A {@link Connection} is opened once and reused for many messages; a
 * connection is used by one thread at a time.
 */
public interface MailTransport {

    /** Opens a connection for messages of one batch, e.g. one statement period. */
    Connection open(String batch);

    /** A human description of where messages go, e.g. {@code smtp://mail.example.com:587}. */
    String describe(String batch);

    interface Connection extends AutoCloseable {

        /** Sends one message; throws {@link MailSendException} when it was not accepted. */
        void send(MailMessage message);

        @Override
        void close();
    }
}
