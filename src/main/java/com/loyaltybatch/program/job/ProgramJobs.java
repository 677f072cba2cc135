package com.loyaltybatch.program.job;

import com.loyaltybatch.batch.JobContract;
import com.loyaltybatch.program.ProgramChanges;

/** The management jobs of the program: their names and requests. */
public final class ProgramJobs {

    /** {@code program update}: the fields given change, the others stay. */
    public record Update(ProgramChanges changes) {
    }

    /** {@code program activate}, {@code program pause}, {@code program expiration disable}. */
    public record NoArguments() {
    }

    /** {@code program expiration enable}: expire a percentage of the balance after months without activity. */
    public record EnableExpiration(int monthsOfInactivity, int expiringPointsPercentage) {
    }

    public static final JobContract<Update, Void> UPDATE = JobContract.of("program-update", Update.class);
    public static final JobContract<NoArguments, Void> ACTIVATE = JobContract.of("program-activate", NoArguments.class);
    public static final JobContract<NoArguments, Void> PAUSE = JobContract.of("program-pause", NoArguments.class);
    public static final JobContract<EnableExpiration, Void> ENABLE_EXPIRATION =
            JobContract.of("program-expiration-enable", EnableExpiration.class);
    public static final JobContract<NoArguments, Void> DISABLE_EXPIRATION =
            JobContract.of("program-expiration-disable", NoArguments.class);

    private ProgramJobs() {
    }
}
