package com.loyaltybatch.tier.job;

import java.time.LocalDate;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.Order;
import org.springframework.batch.infrastructure.item.database.builder.JdbcPagingItemReaderBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.common.Sql;
import com.loyaltybatch.tier.AccountTier;
import com.loyaltybatch.tier.TierLadder;
import com.loyaltybatch.tier.TierService;
import com.loyaltybatch.tier.TierWindow;

/**
 * {@code recalculate-tiers}: assigns every account the tier its tier points reach within the
 * rolling window ending with {@code date}. Accounts are read in id order with keyset paging
 * ({@code WHERE id > last}), each chunk costs one aggregate query over the ledger (an id range)
 * and batched updates of the accounts that changed. The settings and tiers are loaded once per
 * step. A failed run restarts after the last committed chunk; recalculating an account twice
 * gives the same answer, so a re-read chunk is harmless.
 * <p>
 * Result, in the job execution context: {@code changed} (accounts that changed tier) and {@code summary}.
 */
@Configuration(proxyBeanMethods = false)
class RecalculateTiersJobConfiguration {

    static final String JOB = "recalculate-tiers";

    @Bean(JOB)
    Job recalculateTiersJob(JobRepository repository, PlatformTransactionManager transactionManager,
            RecalculateTiersParameters parameters, JdbcPagingItemReader<AccountTier> recalculateTiersReader,
            TierRecalculationWriter recalculateTiersWriter, TierJobProperties properties) {
        var promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(new String[] {TierRecalculationWriter.CHANGED, TierRecalculationWriter.SUMMARY});
        Step step = new StepBuilder(JOB, repository).<AccountTier, AccountTier>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(recalculateTiersReader)
                .writer(recalculateTiersWriter)
                .listener(promotion)
                .build();
        return new JobBuilder(JOB, repository).validator(parameters).start(step).build();
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<AccountTier> recalculateTiersReader(DataSource dataSource,
            TierJobProperties properties) throws Exception {
        return new JdbcPagingItemReaderBuilder<AccountTier>()
                .name("accounts")
                .dataSource(dataSource)
                .selectClause("SELECT id, tier_id, tier_points")
                .fromClause("FROM loyalty_account")
                .sortKeys(Map.of("id", Order.ASCENDING))
                .pageSize(properties.chunkSize())
                .rowMapper((rs, n) -> new AccountTier(rs.getString("id"), rs.getString("tier_id"),
                        Sql.nullableLong(rs, "tier_points")))
                .build();
    }

    @Bean
    @StepScope
    TierRecalculationWriter recalculateTiersWriter(@Value("#{jobParameters['date']}") String date,
            RecalculateTiersParameters parameters, TierService tiers) {
        TierLadder ladder = tiers.ladder();
        TierWindow window = TierWindow.endingOn(LocalDate.parse(date),
                ladder.settings().rollingWindow().durationInMonths(), parameters.zone());
        return new TierRecalculationWriter(tiers, ladder, window);
    }
}
