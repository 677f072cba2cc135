/**
 * The loyalty program (exactly one per installation): its status, names and points-expiration
 * policy. Its management jobs live in {@code program.job}.
 */
package com.loyaltybatch.program;
