-- Leases that keep two schedulers (serve processes) from launching the same job at once. A
-- lease is released when the launch ends; one left by a dead process expires.
CREATE TABLE job_lock (
    job_name    VARCHAR(100) PRIMARY KEY,
    owner       VARCHAR(200) NOT NULL,
    locked_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
