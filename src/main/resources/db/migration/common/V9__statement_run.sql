-- The execution that is sending a period's statement. A run claims its period before it sends
-- anything; a process still sending for an execution that has lost the claim (for instance one
-- marked FAILED with `recover` while its process was in fact alive, then restarted) stops before
-- its next message instead of sending beside the new run.
CREATE TABLE statement_run (
    period        VARCHAR(7)   NOT NULL,
    execution_id  BIGINT       NOT NULL,
    claimed_date  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT statement_run_pk PRIMARY KEY (period)
);
