package com.loyaltybatch.messaging;

import java.io.UnsupportedEncodingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.util.MailConnectException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

/**
 * Sends over SMTP with the session Spring Boot configures from {@code spring.mail.*}. Each
 * connection stays open across messages; a transient failure closes it, waits with backoff and
 * tries again on a fresh connection.
 * <p>
 * Each attempt on the wire (connecting when needed, then the message's SMTP transaction) is timed
 * as {@value #SEND_TIMER}, tagged {@code outcome}: {@code sent} (accepted), {@code rejected}
 * (a permanent 5xx refusal) or {@code transient} (4xx or a failure to talk to the server; retried).
 */
class SmtpMailTransport implements MailTransport {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailTransport.class);
    private static final long IDLE_CHECK_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);

    static final String SEND_TIMER = "loyalty.smtp.send";

    private final JavaMailSenderImpl sender;
    private final InternetAddress from;
    private final InternetAddress replyTo;
    private final RetryPolicy retryPolicy;
    private final java.time.Clock clock;
    private final MeterRegistry meters;
    private final Timer sent;
    private final Timer rejected;
    private final Timer failedTransiently;

    SmtpMailTransport(JavaMailSenderImpl sender, MailProperties properties, java.time.Clock clock,
            MeterRegistry meters) {
        this.sender = sender;
        this.clock = clock;
        this.meters = meters;
        this.sent = timer(meters, "sent");
        this.rejected = timer(meters, "rejected");
        this.failedTransiently = timer(meters, "transient");
        this.from = address("loyalty.mail.from", properties.from());
        this.replyTo = properties.replyTo() == null || properties.replyTo().isBlank() ? null
                : address("loyalty.mail.reply-to", properties.replyTo());
        var retry = properties.retry();
        this.retryPolicy = RetryPolicy.builder().maxRetries(retry.maxRetries()).delay(retry.delay())
                .multiplier(retry.multiplier()).maxDelay(retry.maxDelay())
                .predicate(e -> e instanceof MailSendException m && m.transient_()).build();
    }

    private static Timer timer(MeterRegistry meters, String outcome) {
        return Timer.builder(SEND_TIMER).description("SMTP send attempts by outcome").tag("outcome", outcome)
                .register(meters);
    }

    @Override
    public Connection open(String batch) {
        return new SmtpConnection();
    }

    @Override
    public String describe(String batch) {
        return "smtp://" + sender.getHost() + ":" + (sender.getPort() > 0 ? sender.getPort() : 25);
    }

    private final class SmtpConnection implements Connection {

        private final RetryTemplate retry = new RetryTemplate(retryPolicy);
        private Transport transport;
        private long lastUsed;

        @Override
        public void send(MailMessage message) {
            try {
                retry.execute(() -> {
                    attempt(message);
                    return null;
                });
            } catch (RetryException e) {
                if (e.getCause() instanceof MailSendException failure) {
                    throw failure;
                }
                throw new MailSendException(true, String.valueOf(e.getCause()), e.getCause());
            }
        }

        private void attempt(MailMessage message) {
            Timer.Sample onTheWire = null;
            try {
                MimeMessage mime = MimeMessages.build(sender.getSession(), message, from, replyTo, clock.instant());
                onTheWire = Timer.start(meters);
                connected().sendMessage(mime, mime.getAllRecipients());
                onTheWire.stop(sent);
            } catch (MessagingException e) {
                MailSendException failure = classify(e);
                if (onTheWire != null) {
                    onTheWire.stop(failure.transient_() ? failedTransiently : rejected);
                }
                if (failure.transient_()) {
                    log.warn("Transient SMTP failure, retrying on a new connection: {}", failure.reply());
                    close();
                }
                throw failure;
            }
        }

        /**
         * The open connection, or a new one. A connection in steady use is taken as alive (a
         * broken one fails the next send, which is retried on a fresh connection); only one idle
         * for a while is checked first, because the check is a round trip to the server (NOOP)
         * and would cost one more per message.
         */
        private Transport connected() throws MessagingException {
            long now = System.nanoTime();
            if (transport != null && now - lastUsed > IDLE_CHECK_NANOS && !transport.isConnected()) {
                close();
            }
            if (transport == null) {
                transport = sender.getSession().getTransport(sender.getProtocol() == null ? "smtp" : sender.getProtocol());
                transport.connect(sender.getHost(), sender.getPort(), sender.getUsername(), sender.getPassword());
            }
            lastUsed = now;
            return transport;
        }

        @Override
        public void close() {
            if (transport != null) {
                try {
                    transport.close();
                } catch (MessagingException ignored) {
                    // the connection is gone either way
                }
                transport = null;
            }
        }
    }

    /** 4xx replies and failures to talk to the server are transient; 5xx replies are permanent. */
    static MailSendException classify(MessagingException e) {
        for (Exception cause = e; cause != null; cause = cause instanceof MessagingException m ? m.getNextException() : null) {
            if (cause instanceof SMTPAddressFailedException rejected) {
                return new MailSendException(rejected.getReturnCode() < 500, reply(rejected.getMessage()), e);
            }
            if (cause instanceof SMTPSendFailedException failed) {
                return new MailSendException(failed.getReturnCode() < 500, reply(failed.getMessage()), e);
            }
        }
        if (e instanceof SendFailedException && e.getNextException() == null) {
            return new MailSendException(false, reply(e.getMessage()), e);
        }
        // no connection at all: nothing reached the server; anything else broke mid-conversation
        boolean maybeDelivered = !(e instanceof MailConnectException);
        // "Exception reading response" says little without its cause ("Read timed out")
        Throwable cause = e.getCause();
        String detail = cause == null || cause.getMessage() == null || String.valueOf(e.getMessage()).contains(
                cause.getMessage()) ? "" : " (" + cause.getMessage() + ")";
        return new MailSendException(true, maybeDelivered, reply(e.getMessage() + detail), e);
    }

    private static String reply(String message) {
        return message == null ? "" : message.strip().lines().reduce((a, b) -> a + " " + b).orElse("");
    }

    static InternetAddress address(String property, String value) {
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.setPersonal(address.getPersonal(), "UTF-8");
            return address;
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException(property + ": not an email address: " + value);
        }
    }
}
