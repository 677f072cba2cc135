package com.loyaltybatch.program;

/**
 * Published, inside the transaction that changed it, when the program's points-expiration policy
 * is enabled, changed or disabled, so that what accounts show of their next expiration follows.
 */
public record ExpirationPolicyChanged(Program.PointsExpiration policy) {
}
