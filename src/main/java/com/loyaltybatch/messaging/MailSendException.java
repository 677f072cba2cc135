package com.loyaltybatch.messaging;

/**
 * A message was not accepted. {@link #transient_()} tells whether trying again may help;
 * {@link #maybeDelivered()} whether the server might have taken it all the same (the connection
 * broke while the message was on the wire).
 */
public class MailSendException extends RuntimeException {

    private final boolean isTransient;
    private final boolean maybeDelivered;
    private final String reply;

    public MailSendException(boolean isTransient, String reply, Throwable cause) {
        this(isTransient, false, reply, cause);
    }

    public MailSendException(boolean isTransient, boolean maybeDelivered, String reply, Throwable cause) {
        super(reply, cause);
        this.isTransient = isTransient;
        this.maybeDelivered = maybeDelivered;
        this.reply = reply;
    }

    /** False when the server surely did not take the message: no connection, or a refusing reply. */
    public boolean maybeDelivered() {
        return maybeDelivered;
    }

    /** Connection refused or reset, or a 4xx reply: the same message may go through later. */
    public boolean transient_() {
        return isTransient;
    }

    /** The server's reply (e.g. {@code 550 5.1.1 unknown user}) or what went wrong on the way. */
    public String reply() {
        return reply;
    }
}
