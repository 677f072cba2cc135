package com.loyaltybatch.reward.job;

import static com.loyaltybatch.batch.ManagementJobs.keys;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ManagementJobs;
import com.loyaltybatch.common.TextValues;
import com.loyaltybatch.reward.CouponKind;
import com.loyaltybatch.reward.RewardDraft;
import com.loyaltybatch.reward.RewardService;
import com.loyaltybatch.reward.RewardType;

@Configuration(proxyBeanMethods = false)
class RewardCreateJobConfiguration {

    static final String NAME = "reward-create";

    @Bean(NAME)
    Job rewardCreateJob(JobRepository repository, PlatformTransactionManager transactionManager, RewardService rewards) {
        return ManagementJobs.job(NAME, repository, transactionManager, keys("name", "type", "configs"),
                keys("couponKind", "minimumSubtotal", "scope", "active"),
                (parameters, result) -> {
                    Boolean active = TextValues.bool("active", parameters.getString("active"));
                    var draft = new RewardDraft(parameters.getString("name"), active == null || active,
                            TextValues.choice("type", parameters.getString("type"), RewardType.class),
                            TextValues.choice("couponKind", parameters.getString("couponKind"), CouponKind.class),
                            TextValues.money("minimumSubtotal", parameters.getString("minimumSubtotal")),
                            parameters.getString("scope"),
                            RewardConfigs.of(parameters));
                    result.putString("rewardId", rewards.create(draft).id());
                });
    }
}
