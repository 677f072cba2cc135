package com.loyaltybatch.earning.job;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Checks the fields of a row: an activity id or order id (up to 64 characters), a contact id or
 * email, an activity type (up to 64), an optional app id, an optional amount spent (a decimal,
 * 0 or more) and a date (YYYY-MM-DD, or an ISO date-time with offset). Blank rows are skipped.
 */
class ActivityParser implements ItemProcessor<ActivityRow, Activity> {

    @Override
    public Activity process(ActivityRow row) {
        if (row.malformed() != null) {
            return Activity.rejected(row, row.malformed());
        }
        if (row.values().values().stream().allMatch(v -> v == null || v.isBlank())) {
            return null;
        }
        String activityId = row.value("activityid");
        String orderId = row.value("orderid");
        String key = activityId != null ? activityId : orderId;
        if (key == null) {
            return Activity.rejected(row, "activity_id or order_id: required");
        }
        String contactId = row.value("contactid");
        String email = row.value("email");
        if (contactId == null && email == null) {
            return Activity.rejected(row, "contact_id or email: required");
        }
        String type = row.value("activitytype");
        if (type == null) {
            return Activity.rejected(row, "activity_type: required");
        }
        for (String[] field : new String[][] {{"activity_id", activityId}, {"order_id", orderId},
                {"activity_type", type}, {"app_id", row.value("appid")}}) {
            if (field[1] != null && field[1].length() > 64) {
                return Activity.rejected(row, field[0] + ": at most 64 characters");
            }
        }
        BigDecimal spent;
        try {
            spent = row.value("amountspent") == null ? null : new BigDecimal(row.value("amountspent"));
        } catch (NumberFormatException e) {
            return Activity.rejected(row, "amount_spent: not a number: " + row.value("amountspent"));
        }
        if (spent != null && spent.signum() < 0) {
            return Activity.rejected(row, "amount_spent: must be 0 or more, got " + spent.toPlainString());
        }
        Instant date = date(row.value("date"));
        if (date == null) {
            return Activity.rejected(row, "date: required, YYYY-MM-DD or an ISO date-time, got "
                    + (row.value("date") == null ? "nothing" : row.value("date")));
        }
        return new Activity(row, key, orderId, contactId, email, type, row.value("appid"), spent, date, null);
    }

    private static Instant date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
