package com.loyaltybatch.launch;

import com.loyaltybatch.common.InvalidInputException;
import com.loyaltybatch.common.LoyaltyException;

/** The process exit codes, documented in the README. */
public final class ExitCodes {

    public static final int OK = 0;
    /** A job or command failed, or the domain refused the operation (conflict, not found, ...). */
    public static final int FAILED = 1;
    /** Usage or input error: the request itself is wrong. */
    public static final int USAGE = 2;
    /** A job completed, but some items were skipped or failed. */
    public static final int COMPLETED_WITH_SKIPS = 3;

    private ExitCodes() {
    }

    public static int of(LoyaltyException refusal) {
        return refusal instanceof InvalidInputException ? USAGE : FAILED;
    }
}
