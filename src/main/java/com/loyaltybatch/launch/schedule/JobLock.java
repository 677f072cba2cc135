package com.loyaltybatch.launch.schedule;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.loyaltybatch.common.Sql;

/**
 * A lease per job in the database, so that of several schedulers sharing a database only one
 * launches a given job at a time. The job repository already refuses a second run of the same
 * instance; the lease keeps competing schedulers from even trying, which keeps the logs quiet.
 */
@Component
public class JobLock {

    /** Long enough for any run; a lease left by a dead process lapses after it. */
    static final Duration LEASE = Duration.ofHours(12);

    private final JdbcClient jdbc;
    private final String owner;

    JobLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String owner() {
        return owner;
    }

    /** Takes the job's lease, or returns false when another live scheduler holds it. */
    public boolean tryAcquire(String job) {
        // leases run on real time, not the application clock, which may be fixed for back-filling
        Instant now = Clock.systemUTC().instant();
        try {
            jdbc.sql("INSERT INTO job_lock (job_name, owner, locked_at, expires_at) VALUES (?, ?, ?, ?)")
                    .params(job, owner, Sql.ts(now), Sql.ts(now.plus(LEASE))).update();
            return true;
        } catch (DataIntegrityViolationException held) {
            return jdbc.sql("""
                    UPDATE job_lock SET owner = ?, locked_at = ?, expires_at = ?
                    WHERE job_name = ? AND expires_at < ?""")
                    .params(owner, Sql.ts(now), Sql.ts(now.plus(LEASE)), job, Sql.ts(now)).update() == 1;
        }
    }

    public void release(String job) {
        jdbc.sql("DELETE FROM job_lock WHERE job_name = ? AND owner = ?").params(job, owner).update();
    }
}
