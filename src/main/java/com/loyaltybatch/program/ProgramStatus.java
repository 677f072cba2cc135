package com.loyaltybatch.program;

/** DRAFT until first activated, then ACTIVE and PAUSED in turn. */
public enum ProgramStatus {
    DRAFT, ACTIVE, PAUSED
}
