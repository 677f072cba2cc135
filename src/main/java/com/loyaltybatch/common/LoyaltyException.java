package com.loyaltybatch.common;

/**
 * A refusal by the domain. Each subtype is one kind of refusal; the command line maps the kind
 * to a one-line message and an exit code once, in one place.
 */
public abstract sealed class LoyaltyException extends RuntimeException
        permits InvalidInputException, NotFoundException, ConflictException,
        ProgramNotActiveException, InsufficientBalanceException {

    protected LoyaltyException(String message) {
        super(message);
    }
}
