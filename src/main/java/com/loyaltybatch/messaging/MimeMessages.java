package com.loyaltybatch.messaging;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

/** Builds the MIME form of a {@link MailMessage}: multipart/alternative, text first, then HTML. */
final class MimeMessages {

    /*
     * Both bodies are quoted-printable: safe for any text and any relay, and readable as plain
     * text where they are ASCII. Stating it saves Jakarta Mail from writing each body once more
     * only to choose an encoding.
     */
    private static final String TRANSFER_ENCODING = "Content-Transfer-Encoding";
    private static final String QUOTED_PRINTABLE = "quoted-printable";

    private MimeMessages() {
    }

    static MimeMessage build(Session session, MailMessage message, InternetAddress from, InternetAddress replyTo,
            java.time.Instant sentDate) throws MessagingException {
        MimeMessage mime = new FixedIdMimeMessage(session, message.messageId());
        mime.setSentDate(java.util.Date.from(sentDate));
        mime.setFrom(from);
        if (replyTo != null) {
            mime.setReplyTo(new InternetAddress[] {replyTo});
        }
        if (message.to() != null) {
            // none only in the preview of a message to a contact without an address
            mime.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(message.to(), true));
        }
        mime.setSubject(message.subject(), StandardCharsets.UTF_8.name());
        for (Map.Entry<String, String> header : message.headers().entrySet()) {
            mime.setHeader(header.getKey(), header.getValue());
        }
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), StandardCharsets.UTF_8.name(), "plain");
        text.setHeader(TRANSFER_ENCODING, QUOTED_PRINTABLE);
        MimeBodyPart html = new MimeBodyPart();
        html.setText(message.html(), StandardCharsets.UTF_8.name(), "html");
        html.setHeader(TRANSFER_ENCODING, QUOTED_PRINTABLE);
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        mime.saveChanges();
        return mime;
    }

    /** Jakarta Mail replaces the Message-ID on save; ours is deterministic and must stay. */
    private static final class FixedIdMimeMessage extends MimeMessage {

        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + ">");
        }
    }
}
