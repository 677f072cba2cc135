/**
 * Jobs of earning: the management jobs of {@link com.loyaltybatch.earning.job.EarningRuleJobs}, each
 * a one-step job around an {@link com.loyaltybatch.earning.EarningRuleService} call, and
 * {@code earn-from-activities}, which reads a file of activities in chunks and credits the points
 * of the active rules (see {@link com.loyaltybatch.earning.job.EarnFromActivitiesJobConfiguration}).
 */
package com.loyaltybatch.earning.job;
