/**
 * Jobs of earning: the one-step management jobs around {@link com.loyaltybatch.earning.EarningRuleService}
 * calls, and {@code earn-from-activities}, which reads a file of activities in chunks and credits
 * the points of the active rules (see {@link com.loyaltybatch.earning.job.EarnFromActivitiesJobConfiguration}).
 */
package com.loyaltybatch.earning.job;
