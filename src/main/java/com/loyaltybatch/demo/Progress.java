package com.loyaltybatch.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs the seeding's progress at every tenth of the way: count, rate and time left. */
final class Progress {

    private static final Logger log = LoggerFactory.getLogger(Progress.class);

    private final long total;
    private final long startDone;
    private final long startNanos = System.nanoTime();
    private long lastTenth;

    Progress(long total, long done) {
        this.total = total;
        this.startDone = done;
        this.lastTenth = done * 10 / total;
    }

    void report(long done, long transactions) {
        long tenth = done * 10 / total;
        if (tenth == lastTenth) {
            return;
        }
        lastTenth = tenth;
        double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
        double rate = (done - startDone) / seconds;
        String left = done == total ? String.format(java.util.Locale.ROOT, "done in %.1f s", seconds)
                : String.format(java.util.Locale.ROOT, "about %.0f s left", (total - done) / rate);
        log.info("demo: {} of {} accounts ({}%), {} transactions, {} accounts/s, {}", done, total, done * 100 / total,
                transactions, Math.round(rate), left);
    }
}
