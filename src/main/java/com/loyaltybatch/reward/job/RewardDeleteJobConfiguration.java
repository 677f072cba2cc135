package com.loyaltybatch.reward.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.TextValues;
import com.loyaltybatch.reward.RewardService;

@Configuration(proxyBeanMethods = false)
class RewardDeleteJobConfiguration {

    static final String NAME = "reward-delete";

    @Bean(NAME)
    Job rewardDeleteJob(JobRepository repository, PlatformTransactionManager transactionManager, RewardService rewards) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("rewardId", "revision"), keys(),
                (parameters, result) -> {
                    String id = parameters.getString("rewardId");
                    rewards.delete(id, TextValues.number("revision", parameters.getString("revision")));
                    result.putString("rewardId", id);
                });
    }
}
