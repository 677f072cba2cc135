package com.loyaltybatch.reward.job;

import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.loyaltybatch.reward.TierConfig;

/** The {@code configs} parameter, {@code tier=ID,cost=N,amount=M;...}; null when absent. */
final class RewardConfigs {

    private RewardConfigs() {
    }

    static List<TierConfig> of(JobParameters parameters) {
        String value = parameters.getString("configs");
        return value == null ? null
                : Arrays.stream(value.split(";")).filter(entry -> !entry.isBlank()).map(TierConfig::parse).toList();
    }
}
