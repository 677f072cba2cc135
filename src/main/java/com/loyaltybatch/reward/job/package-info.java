/**
 * Management jobs of rewards, coupons and checkout discounts: each a one-step job around one
 * service call. Parameters are text (as {@code run JOB key=value} gives them); tier
 * configurations travel as {@code tier=ID,cost=N,amount=M;...}.
 */
package com.loyaltybatch.reward.job;
