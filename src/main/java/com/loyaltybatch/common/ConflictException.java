package com.loyaltybatch.common;

/** The request collides with the current state: a stale revision, a duplicate. */
public final class ConflictException extends LoyaltyException {

    public ConflictException(String message) {
        super(message);
    }

    public static ConflictException staleRevision(String entity, long requested, long current) {
        return new ConflictException(entity + " has changed since the requested revision (requested "
                + requested + ", current " + current + ")");
    }
}
