package com.loyaltybatch.earning.job;

import java.util.Arrays;
import java.util.List;

import org.springframework.batch.core.job.parameters.JobParameters;

import com.loyaltybatch.earning.RuleConfig;

/** The {@code configs} parameter, {@code tier=ID,money=M,points=N;...}; null when absent. */
final class RuleConfigs {

    private RuleConfigs() {
    }

    static List<RuleConfig> of(JobParameters parameters) {
        String value = parameters.getString("configs");
        return value == null ? null
                : Arrays.stream(value.split(";")).filter(entry -> !entry.isBlank()).map(RuleConfig::parse).toList();
    }
}
