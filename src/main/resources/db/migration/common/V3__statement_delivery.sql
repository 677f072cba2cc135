-- One row per (statement period, account): the monthly statement's delivery record. A message is
-- marked SENDING before it goes out and SENT (or FAILED, with the server's reply) right after,
-- each in its own commit; a row still SENDING after a crash was in flight and is sent again.
CREATE TABLE statement_delivery (
    period        VARCHAR(7)   NOT NULL,
    account_id    VARCHAR(36)  NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    email         VARCHAR(254) NOT NULL,
    message_id    VARCHAR(200) NOT NULL,
    attempts      INT          NOT NULL,
    uncertain     BOOLEAN      NOT NULL,
    reply         VARCHAR(500),
    updated_date  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT statement_delivery_pk PRIMARY KEY (period, account_id)
);

CREATE INDEX statement_delivery_status_idx ON statement_delivery (period, status);
