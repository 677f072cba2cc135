package com.loyaltybatch.reward.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.TextValues;
import com.loyaltybatch.reward.RewardChanges;
import com.loyaltybatch.reward.RewardService;

@Configuration(proxyBeanMethods = false)
class RewardUpdateJobConfiguration {

    static final String NAME = "reward-update";

    @Bean(NAME)
    Job rewardUpdateJob(JobRepository repository, PlatformTransactionManager transactionManager, RewardService rewards) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("rewardId", "revision"),
                keys("name", "active", "minimumSubtotal", "scope", "configs"),
                (parameters, result) -> {
                    var changes = new RewardChanges(parameters.getString("name"),
                            TextValues.bool("active", parameters.getString("active")),
                            TextValues.money("minimumSubtotal", parameters.getString("minimumSubtotal")),
                            parameters.getString("scope"), RewardConfigs.of(parameters));
                    var reward = rewards.update(parameters.getString("rewardId"),
                            TextValues.number("revision", parameters.getString("revision")), changes);
                    result.putString("rewardId", reward.id());
                });
    }
}
