package com.loyaltybatch.messaging;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Spaces messages evenly at a fixed rate across all connections: each caller reserves the next
 * free slot and waits for it. No bursts, so a relay's per-second limit holds over any window;
 * a rate of 0 means unlimited.
 */
public final class RateLimiter {

    private final long intervalNanos;
    private final LongSupplier nanoTime;
    private final LongConsumer park;
    private long nextSlot;

    public RateLimiter(double permitsPerSecond) {
        this(permitsPerSecond, System::nanoTime, LockSupport::parkNanos);
    }

    RateLimiter(double permitsPerSecond, LongSupplier nanoTime, LongConsumer park) {
        this.intervalNanos = permitsPerSecond <= 0 ? 0 : (long) (TimeUnit.SECONDS.toNanos(1) / permitsPerSecond);
        this.nanoTime = nanoTime;
        this.park = park;
        this.nextSlot = nanoTime.getAsLong();
    }

    public void acquire() {
        if (intervalNanos == 0) {
            return;
        }
        long slot;
        synchronized (this) {
            slot = Math.max(nanoTime.getAsLong(), nextSlot);
            nextSlot = slot + intervalNanos;
        }
        long wait;
        while ((wait = slot - nanoTime.getAsLong()) > 0) {
            park.accept(wait);
        }
    }
}
