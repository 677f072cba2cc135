package com.loyaltybatch.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * The period the sample activity covers: the calendar month before the application clock's
 * (UTC), with up to two years of earlier history. Nothing is dated after the month, so a
 * statement for the month sees every account's full activity.
 */
record SampleMonth(YearMonth month, long start, long end) {

    static final long HISTORY_SECONDS = Duration.ofDays(730).toSeconds();

    static SampleMonth before(Clock clock) {
        return of(YearMonth.from(clock.instant().atOffset(ZoneOffset.UTC)).minusMonths(1));
    }

    static SampleMonth of(YearMonth month) {
        return new SampleMonth(month, epochSecond(month), epochSecond(month.plusMonths(1)));
    }

    private static long epochSecond(YearMonth month) {
        return month.atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }
}
