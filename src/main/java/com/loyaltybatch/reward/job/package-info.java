/**
 * Management jobs of rewards, coupons and checkout discounts ({@link
 * com.loyaltybatch.reward.job.RewardJobs}): each a one-step job around one service call. Tier
 * configurations travel as {@code tier=ID,cost=N,amount=M;...}.
 */
package com.loyaltybatch.reward.job;
