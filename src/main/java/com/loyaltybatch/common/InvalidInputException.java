package com.loyaltybatch.common;

/** A request that breaks a rule of the domain: a value out of range, a missing field. */
public final class InvalidInputException extends LoyaltyException {

    public InvalidInputException(String message) {
        super(message);
    }

    /** Refusal naming the field and the rule it breaks, e.g. {@code amount: must be 1..9999999}. */
    public static InvalidInputException field(String field, String rule) {
        return new InvalidInputException(field + ": " + rule);
    }
}
