package com.loyaltybatch.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** On a virtual clock: no wall time is measured, so the test is exact on any machine. */
class RateLimiterTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final List<Long> grantedAt = new ArrayList<>();

    RateLimiter limiter(double perSecond) {
        return new RateLimiter(perSecond, now::get, now::addAndGet);
    }

    @Test
    void permitsAreSpacedEvenlyWithoutABurst() {
        var limiter = limiter(4);
        for (int i = 0; i < 9; i++) {
            limiter.acquire();
            grantedAt.add(now.get());
        }
        assertThat(grantedAt.get(8) - grantedAt.get(0)).isEqualTo(2_000_000_000L);
        for (int i = 1; i < grantedAt.size(); i++) {
            assertThat(grantedAt.get(i) - grantedAt.get(i - 1)).isEqualTo(250_000_000L);
        }
    }

    @Test
    void idleTimeIsNotSavedUpForABurstLater() {
        var limiter = limiter(10);
        limiter.acquire();
        now.addAndGet(5_000_000_000L);
        long start = now.get();
        limiter.acquire();
        limiter.acquire();
        assertThat(now.get() - start).isEqualTo(100_000_000L);
    }

    @Test
    void zeroMeansUnlimited() {
        var limiter = limiter(0);
        long start = now.get();
        for (int i = 0; i < 1000; i++) {
            limiter.acquire();
        }
        assertThat(now.get()).isEqualTo(start);
    }
}
