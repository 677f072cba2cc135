package com.loyaltybatch.contact;

import java.time.Instant;

/**
 * A customer. {@code memberId} is set when the contact is a registered site member;
 * {@code subscribed} is the email consent ({@code unsubscribedDate} and {@code unsubscribeSource}, a
 * {@link UnsubscribeSource#code()}, record an opt-out; the source is null while subscribed and for
 * opt-outs recorded before sources were kept).
 */
public record Contact(
        String id,
        String email,
        Name name,
        String locale,
        String memberId,
        boolean subscribed,
        Instant unsubscribedDate,
        String unsubscribeSource,
        Instant createdDate,
        Instant updatedDate) {

    public record Name(String first, String last) {
    }
}
