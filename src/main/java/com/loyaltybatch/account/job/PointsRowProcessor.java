package com.loyaltybatch.account.job;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.loyaltybatch.account.EarnRequest;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.contact.ContactRules;

/**
 * Validates a row: an email (compared as contacts compare them, without regard to case) and points
 * that are a positive integer up to the earn limit, 1 to 9,999,999, written as plain digits.
 * Blank lines are passed over.
 */
class PointsRowProcessor implements ItemProcessor<PointsRow, PointsCredit> {

    @Override
    public PointsCredit process(PointsRow row) {
        if (row.text().isBlank()) {
            return null;
        }
        String email = row.email() == null ? "" : row.email().strip();
        if (email.isEmpty()) {
            throw InvalidInputException.field("email", "required");
        }
        return new PointsCredit(row, ContactRules.emailKey(email), points(row.points()));
    }

    static long points(String value) {
        String text = value == null ? "" : value.strip();
        if (!text.matches("[0-9]{1,7}") || Long.parseLong(text) < 1) {
            throw InvalidInputException.field("points", "must be a whole number from 1 to " + EarnRequest.MAX_AMOUNT
                    + ", got '" + text + "'");
        }
        return Long.parseLong(text);
    }
}
