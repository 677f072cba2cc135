package com.loyaltybatch.demo;

import java.util.Locale;

import org.springframework.batch.core.job.parameters.InvalidJobParametersException;

import com.loyaltybatch.batch.JobContract;

/** The {@code demo} job's contract: how many sample accounts, generated from which seed. */
public final class DemoJob {

    public static final long MAX_ACCOUNTS = 10_000_000L;

    /** {@code demo --accounts N --seed S}: the same seed gives the same data. */
    public record Seed(long accounts, long seed) {

        /** Refused when the job is launched, so the refusal names the job. */
        void check() throws InvalidJobParametersException {
            if (accounts < 1 || accounts > MAX_ACCOUNTS) {
                throw new InvalidJobParametersException("accounts: must be 1 to "
                        + String.format(Locale.ROOT, "%,d", MAX_ACCOUNTS) + ", got " + accounts);
            }
        }
    }

    public static final JobContract<Seed, Void> CONTRACT = JobContract.of("demo", Seed.class);

    private DemoJob() {
    }
}
