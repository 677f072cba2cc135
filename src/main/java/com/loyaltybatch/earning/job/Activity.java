package com.loyaltybatch.earning.job;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An activity that read well ({@code problem} null), or a row to reject with its reason.
 * {@code key} is the activity id, else the order id: what makes earning idempotent.
 */
record Activity(ActivityRow row, String key, String orderId, String contactId, String email, String activityType,
        String appId, BigDecimal amountSpent, Instant date, String problem) {

    static Activity rejected(ActivityRow row, String problem) {
        return new Activity(row, null, null, null, null, null, null, null, null, problem);
    }
}
