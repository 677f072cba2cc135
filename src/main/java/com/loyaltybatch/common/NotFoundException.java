package com.loyaltybatch.common;

/** The entity a request names does not exist. */
public final class NotFoundException extends LoyaltyException {

    public NotFoundException(String entity, String key) {
        super(entity + " not found: " + key);
    }
}
