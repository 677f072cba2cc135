package com.loyaltybatch.account;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.loyaltybatch.program.Program;

/**
 * When an account's points expire and how many. An account is inactive from its last activity (or,
 * never active, from its creation); its points expire {@code monthsOfInactivity} calendar months
 * later, in {@code loyalty.zone} (a day that month lacks becomes its last day: Jan 31 + 1 month is
 * Feb 28). The amount is {@code floor(balance × expiringPointsPercentage / 100)}: rounding never
 * takes a point the member would keep, so 33% of 10 is 3 and 10% of 9 is 0, which expires nothing.
 */
@Component
class ExpirationCalculator {

    static final Account.PointsExpiration NONE = new Account.PointsExpiration(null, null);

    private final ZoneId zone;

    ExpirationCalculator(@Value("${loyalty.zone:UTC}") ZoneId zone) {
        this.zone = zone;
    }

    /** The next expiration; none while expiration is disabled or the balance is 0. */
    Account.PointsExpiration next(Program.PointsExpiration policy, long balance, Instant lastActivity, Instant created) {
        if (policy.status() != Program.ExpirationStatus.ENABLED || balance <= 0) {
            return NONE;
        }
        Instant since = lastActivity != null ? lastActivity : created;
        return new Account.PointsExpiration(since.atZone(zone).plusMonths(policy.monthsOfInactivity()).toInstant(),
                amount(balance, policy.expiringPointsPercentage()));
    }

    static long amount(long balance, int percentage) {
        return balance * percentage / 100;
    }

    /** Due on a run day when the expiration date is before that day ends (in {@code loyalty.zone}). */
    boolean due(Instant expirationDate, LocalDate runDay) {
        return expirationDate != null && expirationDate.isBefore(endOf(runDay));
    }

    Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /**
     * Accounts last active before this instant may be due on the run day; a superset, because
     * adding months clamps to the month's end (at most 3 days), so the exact test follows.
     */
    Instant mayBeDueIfActiveBefore(LocalDate runDay, int monthsOfInactivity) {
        return runDay.plusDays(1).minusMonths(monthsOfInactivity).plusDays(4).atStartOfDay(zone).toInstant();
    }
}
