package com.loyaltybatch.statement;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import com.loyaltybatch.common.InvalidInputException;

/** A calendar month in the program's time zone: {@code [start, end)}. */
public record StatementPeriod(YearMonth month, ZoneId zone) {

    public static StatementPeriod parse(String value, ZoneId zone) {
        try {
            return new StatementPeriod(YearMonth.parse(value.strip()), zone);
        } catch (DateTimeParseException e) {
            throw InvalidInputException.field("period", "not a month (YYYY-MM): " + value);
        }
    }

    /** The month before the current one: the default statement period. */
    public static StatementPeriod previous(Clock clock, ZoneId zone) {
        return new StatementPeriod(YearMonth.now(clock.withZone(zone)).minusMonths(1), zone);
    }

    public Instant start() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }

    /** A statement covers a whole month: one that has not ended yet is refused. */
    public StatementPeriod requireEnded(Clock clock) {
        if (clock.instant().isBefore(end())) {
            throw InvalidInputException.field("period", month + " has not ended yet (ends " + end() + ")");
        }
        return this;
    }

    public String key() {
        return month.toString();
    }
}
