package com.loyaltybatch.tier.job;

import org.jspecify.annotations.Nullable;

import com.loyaltybatch.batch.JobContract;
import com.loyaltybatch.tier.SettingsChanges;
import com.loyaltybatch.tier.TierChanges;
import com.loyaltybatch.tier.TierStatus;

/** The management jobs of tiers and the tiers program settings: their names, requests and results. */
public final class TierJobs {

    /** {@code tiers create}: notes the new tier's id. */
    public record Create(TierChanges tier) {
    }

    /** {@code tiers update}: the fields given change, the others stay. */
    public record Update(String tierId, long revision, TierChanges changes) {
    }

    /** {@code tiers delete}: notes how many accounts moved to the base tier. */
    public record Delete(String tierId, long revision) {
    }

    /** {@code tiers settings update}: the fields given change, the others stay. */
    public record UpdateSettings(long revision, @Nullable TierStatus status, @Nullable Integer rollingWindowMonths,
            @Nullable String baseName, @Nullable String baseDescription, @Nullable String baseIcon) {

        public SettingsChanges changes() {
            var base = baseName == null && baseDescription == null && baseIcon == null ? null
                    : new TierChanges(baseName, baseDescription, baseIcon, null);
            return new SettingsChanges(status, rollingWindowMonths, base);
        }
    }

    public static final JobContract<Create, String> CREATE =
            JobContract.of("tiers-create", Create.class, "tierId", String.class);
    public static final JobContract<Update, Void> UPDATE = JobContract.of("tiers-update", Update.class);
    public static final JobContract<Delete, Long> DELETE =
            JobContract.of("tiers-delete", Delete.class, "accountsMoved", Long.class);
    public static final JobContract<UpdateSettings, Void> UPDATE_SETTINGS =
            JobContract.of("tiers-settings-update", UpdateSettings.class);

    private TierJobs() {
    }
}
