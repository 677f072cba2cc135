package com.loyaltybatch.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the {@code demo} job.
 *
 * @param blockSize accounts per block: each block (its contacts, accounts and ledger, about six
 *        rows per account) is generated, inserted and committed as one unit. Smaller runs use
 *        tenths of the run, so progress shows and commits stay small.
 */
@ConfigurationProperties("loyalty.demo")
record DemoProperties(@DefaultValue("2000") int blockSize) {

    DemoProperties {
        if (blockSize < 1) {
            throw new IllegalArgumentException("loyalty.demo.block-size: must be at least 1, got " + blockSize);
        }
    }

    /** The block size for a run of {@code accounts}: at most a tenth of the run. */
    int blockSize(long accounts) {
        return (int) Math.max(1, Math.min(blockSize, (accounts + 9) / 10));
    }
}
