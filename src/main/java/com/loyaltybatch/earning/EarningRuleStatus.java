package com.loyaltybatch.earning;

/** Only ACTIVE rules earn points. */
public enum EarningRuleStatus {
    ACTIVE, PAUSED
}
