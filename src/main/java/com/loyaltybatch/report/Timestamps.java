package com.loyaltybatch.report;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * Spring Batch records start and end times as {@link LocalDateTime} in the JVM's default zone,
 * with no zone in the job repository. Reports show instants (ISO-8601, UTC), so they are read
 * back in that same zone: a report is right when it runs in the zone the jobs ran in (the same
 * {@code TZ} / {@code -Duser.timezone}), which holds for one installation on one machine.
 */
public final class Timestamps {

    private Timestamps() {
    }

    /** The instant a Spring Batch time stands for, to the millisecond; null stays null. */
    public static Instant instant(LocalDateTime batchTime) {
        return batchTime == null ? null
                : batchTime.atZone(ZoneId.systemDefault()).toInstant().truncatedTo(ChronoUnit.MILLIS);
    }
}
