package com.loyaltybatch.contact.job;

import java.util.Locale;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.contact.ContactDraft;
import com.loyaltybatch.contact.ContactRules;

/**
 * Turns a row into a validated contact draft, or refuses it naming the field. An empty cell, like
 * a column the file does not have, is no value: on update it keeps what is stored. Blank lines are
 * passed over.
 */
class ContactRowProcessor implements ItemProcessor<CsvRow, ImportRow> {

    @Override
    public ImportRow process(CsvRow row) {
        if (row.blank()) {
            return null;
        }
        ContactDraft draft = new ContactDraft(row.value("id"), row.value("email"), row.value("first_name"),
                row.value("last_name"), row.value("locale"), row.value("member_id"), subscribed(row.value("subscribed")));
        return new ImportRow(row, ContactRules.validate(draft));
    }

    static Boolean subscribed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw InvalidInputException.field("subscribed", "must be true/false, yes/no or 1/0, got: " + value);
        };
    }
}
