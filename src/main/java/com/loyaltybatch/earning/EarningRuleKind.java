package com.loyaltybatch.earning;

/**
 * FIXED_AMOUNT: each matching activity earns a fixed number of points. CONVERSION_RATE: points
 * for money spent, {@code floor(spent / moneyAmount) * points}.
 */
public enum EarningRuleKind {
    FIXED_AMOUNT, CONVERSION_RATE
}
