package com.loyaltybatch.statement;

import java.time.Duration;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

import com.loyaltybatch.batch.ProgressLogger;
import com.loyaltybatch.messaging.MailProperties;
import com.loyaltybatch.messaging.MailTransport;
import com.loyaltybatch.messaging.RateLimiter;
import com.loyaltybatch.messaging.TemplateRenderer;
import com.loyaltybatch.reward.RewardService;

/**
 * {@code monthly-statement}, two steps. The first checks that the program has a name and that the
 * templates render with sample models, so a broken template fails the job before anything is
 * sent. The second reads the accounts in keyset chunks with their month's activity and contact
 * ({@link StatementAccountReader}), filters the audience ({@link AudienceFilter}), and renders and
 * delivers each member's message exactly once over the configured connections ({@link
 * StatementWriter}, one {@link MailLane} per connection, delivery records in
 * {@link DeliveryRepository}).
 */
@Configuration(proxyBeanMethods = false)
class MonthlyStatementJobConfiguration {

    static final String JOB = "monthly-statement";
    static final String TEMPLATES_STEP = "monthly-statement-templates";
    static final String SEND_STEP = "monthly-statement-send";

    @Bean(JOB)
    Job monthlyStatementJob(JobRepository repository, MonthlyStatementParameters parameters,
            StatementJobListener listener, Step monthlyStatementTemplatesStep, Step monthlyStatementSendStep) {
        return new JobBuilder(JOB, repository)
                .validator(parameters)
                .listener(listener)
                .start(monthlyStatementTemplatesStep)
                .next(monthlyStatementSendStep)
                .build();
    }

    @Bean
    Step monthlyStatementTemplatesStep(JobRepository repository, PlatformTransactionManager transactionManager,
            TemplateRenderer renderer, StatementMessageFactory messages, UnsubscribeLinks unsubscribe) {
        return new StepBuilder(TEMPLATES_STEP, repository)
                .tasklet((contribution, chunk) -> {
                    messages.program();
                    new UnsubscribeCheck(unsubscribe).run();
                    new TemplateCheck(renderer).run();
                    return RepeatStatus.FINISHED;
                }, transactionManager)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    Step monthlyStatementSendStep(JobRepository repository, PlatformTransactionManager transactionManager,
            StatementProperties properties, StatementAccountReader statementAccountReader,
            AudienceFilter audienceFilter, StatementWriter statementWriter, JdbcClient jdbc) {
        return new StepBuilder(SEND_STEP, repository)
                .<StatementAccount, StatementAccount>chunk(properties.chunkSize())
                .transactionManager(transactionManager)
                .reader(statementAccountReader)
                .processor(audienceFilter)
                .writer(statementWriter)
                .listener(new ProgressLogger(JOB, () -> jdbc.sql("SELECT COUNT(*) FROM loyalty_account")
                        .query(Long.class).single(), Duration.ofSeconds(10)))
                .build();
    }

    @Bean
    StatementAccounts statementAccounts(JdbcClient jdbc, NamedParameterJdbcTemplate named,
            StatementProperties properties) {
        return new StatementAccounts(jdbc, new StatementActivity(named), properties.recentTransactions());
    }

    @Bean
    @StepScope
    StatementAccountReader statementAccountReader(@Value("#{jobParameters['period']}") String periodKey,
            MonthlyStatementParameters parameters, StatementAccounts accounts, StatementProperties properties) {
        return new StatementAccountReader(accounts, parameters.period(periodKey), properties.pageSize());
    }

    @Bean
    @StepScope
    AudienceFilter audienceFilter(StatementProperties properties) {
        return new AudienceFilter(properties.audience());
    }

    @Bean
    @StepScope
    StatementWriter statementWriter(@Value("#{jobParameters['period']}") String periodKey,
            @Value("#{jobParameters['dry-run']}") String dryRunValue,
            @Value("#{stepExecution.jobExecution.id}") long executionId, MonthlyStatementParameters parameters,
            StatementProperties properties, DeliveryRepository deliveries, StatementMessageFactory messages,
            MailTransport transport, MailProperties mail, RewardService rewards, StatementMetrics metrics) {
        StatementPeriod period = parameters.period(periodKey);
        return new StatementWriter(rewards, deliveries, messages.forPeriod(period), transport, period, properties,
                mail.connections(), new RateLimiter(mail.rateLimit()),
                MonthlyStatementParameters.dryRun(dryRunValue == null ? "false" : dryRunValue), executionId,
                metrics.period(period.key()));
    }

    @Bean
    DeliveryRepository deliveryRepository(JdbcClient jdbc, NamedParameterJdbcTemplate named,
            PlatformTransactionManager transactionManager, java.time.Clock clock) {
        return new DeliveryRepository(jdbc, named, transactionManager, clock);
    }
}
