/**
 * Message templates and mail transport. Knows no loyalty types: it renders a model with a named
 * template and delivers {@link com.loyaltybatch.messaging.MailMessage}s over SMTP or into a file
 * outbox.
 */
package com.loyaltybatch.messaging;
