package com.loyaltybatch.statement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.loyaltybatch.statement.DeliveryRepository.Attempt;

/** Two processes (two repositories) recording the same new account at the same moment. */
final class DeliveryRace {

    static final int ROUNDS = 50;

    private DeliveryRace() {
    }

    /**
     * Races {@code one} and {@code two} on {@value #ROUNDS} fresh accounts, each released by a
     * barrier; neither may fail, one records the first attempt and the other the second. Returns
     * the accounts raced for.
     */
    static List<String> recordTogether(DeliveryRepository one, DeliveryRepository two, String period)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<String> accounts = new ArrayList<>();
        try {
            for (int i = 0; i < ROUNDS; i++) {
                String account = "racing-" + i;
                CyclicBarrier start = new CyclicBarrier(2);
                var first = threads.submit(begin(one, period, account, start));
                var second = threads.submit(begin(two, period, account, start));

                assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(Attempt.FIRST, Attempt.AGAIN);
                accounts.add(account);
            }
        } finally {
            threads.shutdownNow();
        }
        return accounts;
    }

    private static Callable<Attempt> begin(DeliveryRepository deliveries, String period, String account,
            CyclicBarrier start) {
        return () -> {
            start.await();
            return deliveries.begin(period, account, "r@example.com", "<r@x>", null);
        };
    }
}
