package com.loyaltybatch.demo;

import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Identifiers of sample data, all drawn from the seeded generator so a seed repeats them.
 *
 * <p>Keys that are indexed are time-ordered UUIDs (version 7, RFC 9562): the millisecond field
 * counts up from the start of the sample history, one millisecond per account, and the 12-bit
 * counter field numbers the records of that account. Blocks are written in account order, so
 * every insert appends to the end of the primary-key and foreign-key indexes instead of landing
 * on a random page; on H2 random version-4 keys made seeding about three times slower and the
 * database file four times larger. Ids nobody looks up (coupon references) stay random.
 */
final class SampleIds {

    /** Values of the counter field: which record of an account the id is for. */
    static final int CONTACT = 0;
    static final int ACCOUNT = 1;
    static final int MEMBER = 2;
    static final int FIRST_TRANSACTION = 3;

    private SampleIds() {
    }

    /** A time-ordered id of record {@code counter} of account number {@code index}. */
    static String ordered(long baseMillis, long index, int counter, SplittableRandom random) {
        long msb = ((baseMillis + index) << 16) | 0x7000L | (counter & 0xFFFL);
        return new UUID(msb, variant(random.nextLong())).toString();
    }

    static String random(SplittableRandom random) {
        long msb = (random.nextLong() & ~0xF000L) | 0x4000L;
        return new UUID(msb, variant(random.nextLong())).toString();
    }

    /** The generator of one sample account: it depends on the seed and the account's number only. */
    static SplittableRandom random(long seed, long index) {
        return new SplittableRandom(new SplittableRandom(seed ^ (index * 0x9E3779B97F4A7C15L)).nextLong());
    }

    private static long variant(long bits) {
        return (bits & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    }
}
