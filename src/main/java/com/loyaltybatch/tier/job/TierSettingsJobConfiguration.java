package com.loyaltybatch.tier.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import java.util.Locale;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.tier.SettingsChanges;
import com.loyaltybatch.tier.TierChanges;
import com.loyaltybatch.tier.TierService;
import com.loyaltybatch.tier.TierStatus;

/** {@code tier-settings-update}: status, rolling window and the base tier's definition. */
@Configuration(proxyBeanMethods = false)
class TierSettingsJobConfiguration {

    static final String NAME = "tier-settings-update";

    @Bean(NAME)
    Job tierSettingsUpdateJob(JobRepository repository, PlatformTransactionManager transactionManager,
            TierService tiers) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("revision"),
                keys("status", "rollingWindowMonths", "baseName", "baseDescription", "baseIcon"),
                (parameters, result) -> {
                    Long months = parameters.getLong("rollingWindowMonths");
                    String name = parameters.getString("baseName");
                    String description = parameters.getString("baseDescription");
                    String icon = parameters.getString("baseIcon");
                    var base = name == null && description == null && icon == null ? null
                            : new TierChanges(name, description, icon, null);
                    tiers.updateSettings(new SettingsChanges(status(parameters.getString("status")),
                            months == null ? null : Math.toIntExact(months), base), parameters.getLong("revision"));
                });
    }

    private static TierStatus status(String value) {
        if (value == null) {
            return null;
        }
        try {
            return TierStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.field("status", "must be DISABLED, DRAFT, ACTIVE or PAUSED, got " + value);
        }
    }
}
