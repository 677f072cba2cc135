package com.loyaltybatch.contact;

import java.time.Instant;

/**
 * A customer. {@code memberId} is set when the contact is a registered site member;
 * {@code subscribed} is the email consent ({@code unsubscribedDate} records an opt-out).
 */
public record Contact(
        String id,
        String email,
        Name name,
        String locale,
        String memberId,
        boolean subscribed,
        Instant unsubscribedDate,
        Instant createdDate,
        Instant updatedDate) {

    public record Name(String first, String last) {
    }
}
