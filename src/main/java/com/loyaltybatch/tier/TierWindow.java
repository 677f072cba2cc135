package com.loyaltybatch.tier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The rolling window tier points are counted over: the {@code months} calendar months that end
 * with the run's day, {@code [start, end)}. For 12 months and 2026-11-15 in UTC that is
 * 2025-11-16T00:00Z (included) to 2026-11-16T00:00Z (excluded): a transaction exactly at the
 * start counts, one an instant earlier does not.
 */
public record TierWindow(Instant start, Instant end) {

    public static TierWindow endingOn(LocalDate day, int months, ZoneId zone) {
        LocalDate next = day.plusDays(1);
        return new TierWindow(next.minusMonths(months).atStartOfDay(zone).toInstant(),
                next.atStartOfDay(zone).toInstant());
    }
}
