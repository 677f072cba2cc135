package com.loyaltybatch.messaging;

import java.util.Map;

/**
 * One email, ready to send as multipart/alternative (plain text and HTML).
 *
 * @param messageId the Message-ID without angle brackets; deterministic for a given message so a
 *                  re-sent duplicate can be recognised by the receiving side
 * @param headers   extra headers, e.g. List-Unsubscribe
 */
public record MailMessage(String messageId, String to, String subject, String text, String html,
        Map<String, String> headers) {
}
