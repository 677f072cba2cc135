package com.loyaltybatch.account.job;

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

import com.loyaltybatch.account.PointsLedger;
import com.loyaltybatch.common.Sql;
import com.loyaltybatch.program.ProgramService;

/**
 * {@code expire-points}: for every account inactive for the program's {@code monthsOfInactivity}
 * months by the end of {@code date}, expires {@code expiringPointsPercentage} % of its balance
 * (see {@link PointsLedger#expire}). Candidates (a positive balance, inactive long enough give
 * or take the month-end clamp) are read in id order with keyset paging; each chunk commits its
 * expirations. A restart continues after the last committed chunk, and an account is never
 * expired twice for one due date: the EXPIRE's idempotency key names it, and the EXPIRE itself
 * starts a new inactivity period. Refused (exit 1) while expiration is DISABLED.
 * <p>
 * Result, in the job execution context: {@code expiredAccounts}, {@code expiredPoints}, {@code summary}.
 */
@Configuration(proxyBeanMethods = false)
class ExpirePointsJobConfiguration {

    static final String JOB = "expire-points";

    @Bean(JOB)
    Job expirePointsJob(JobRepository repository, PlatformTransactionManager transactionManager,
            ExpirePointsParameters parameters, JdbcPagingItemReader<String> expirePointsReader,
            ExpirePointsWriter expirePointsWriter, ExpirationJobProperties properties) {
        var promotion = new ExecutionContextPromotionListener();
        promotion.setKeys(new String[] {ExpirePointsWriter.ACCOUNTS, ExpirePointsWriter.POINTS, ExpirePointsWriter.SUMMARY});
        Step step = new StepBuilder(JOB, repository).<String, String>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(expirePointsReader)
                .writer(expirePointsWriter)
                .listener(promotion)
                .build();
        return new JobBuilder(JOB, repository).validator(parameters).start(step).build();
    }

    @Bean
    @StepScope
    JdbcPagingItemReader<String> expirePointsReader(@Value("#{jobParameters['date']}") String date,
            DataSource dataSource, ProgramService program, PointsLedger ledger,
            ExpirationJobProperties properties) throws Exception {
        Integer months = program.get().pointsExpiration().monthsOfInactivity();
        var bound = ledger.mayBeDueIfActiveBefore(LocalDate.parse(date), months == null ? 1 : months);
        return new JdbcPagingItemReaderBuilder<String>()
                .name("candidates")
                .dataSource(dataSource)
                .selectClause("SELECT id")
                .fromClause("FROM loyalty_account")
                .whereClause("balance > 0 AND COALESCE(last_activity_date, created_date) < :bound")
                .parameterValues(Map.of("bound", Sql.ts(bound)))
                .sortKeys(Map.of("id", Order.ASCENDING))
                .pageSize(properties.chunkSize())
                .rowMapper((rs, n) -> rs.getString("id"))
                .build();
    }

    @Bean
    @StepScope
    ExpirePointsWriter expirePointsWriter(@Value("#{jobParameters['date']}") String date, PointsLedger ledger,
            ProgramService program) {
        return new ExpirePointsWriter(ledger, program, LocalDate.parse(date));
    }
}
