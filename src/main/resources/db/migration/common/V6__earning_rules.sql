-- Earning rules: which activities earn how many points, per tier (tier_id NULL: the base tier).

CREATE TABLE earning_rule (
    id                     VARCHAR(36)  PRIMARY KEY,
    title                  VARCHAR(50)  NOT NULL,
    trigger_app_id         VARCHAR(64),
    trigger_activity_type  VARCHAR(64)  NOT NULL,
    kind                   VARCHAR(20)  NOT NULL,
    status                 VARCHAR(10)  NOT NULL,
    created_date           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_date           TIMESTAMP WITH TIME ZONE NOT NULL,
    revision               BIGINT       NOT NULL,
    CONSTRAINT earning_rule_kind_known CHECK (kind IN ('FIXED_AMOUNT', 'CONVERSION_RATE')),
    CONSTRAINT earning_rule_status_known CHECK (status IN ('ACTIVE', 'PAUSED'))
);

CREATE INDEX earning_rule_trigger_idx ON earning_rule (trigger_activity_type);

CREATE TABLE earning_rule_config (
    rule_id       VARCHAR(36)  NOT NULL,
    ordinal      INT          NOT NULL,
    tier_id       VARCHAR(36),
    money_amount  DECIMAL(12,2),
    points        BIGINT       NOT NULL,
    CONSTRAINT earning_rule_config_pk PRIMARY KEY (rule_id, ordinal),
    CONSTRAINT earning_rule_config_rule_fk FOREIGN KEY (rule_id) REFERENCES earning_rule (id) ON DELETE CASCADE,
    CONSTRAINT earning_rule_config_points CHECK (points BETWEEN 1 AND 9999999)
);
