package com.loyaltybatch.account;

import com.loyaltybatch.common.InvalidInputException;

final class AccountRules {

    private AccountRules() {
    }

    static String description(String description) {
        if (description == null || description.isBlank()) {
            throw InvalidInputException.field("description", "required (1 to 100 characters)");
        }
        String value = description.strip();
        if (value.length() > 100) {
            throw InvalidInputException.field("description", "must be at most 100 characters, got " + value.length());
        }
        return value;
    }

    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw InvalidInputException.field(field, "must be at most " + max + " characters");
        }
        return value.strip();
    }
}
