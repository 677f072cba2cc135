-- Tiers: levels an account reaches with the points it earned (plus adjustments) within a rolling
-- window. The base tier (0 points) has no row: an account whose tier_id is NULL is in it, and its
-- name, description and icon are part of the single settings row.
CREATE TABLE tier (
    id               VARCHAR(36)   PRIMARY KEY,
    name             VARCHAR(50)   NOT NULL,
    name_key         VARCHAR(50)   NOT NULL,
    description      VARCHAR(70),
    icon_url         VARCHAR(2048),
    required_points  BIGINT        NOT NULL,
    created_date     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_date     TIMESTAMP WITH TIME ZONE NOT NULL,
    revision         BIGINT        NOT NULL,
    CONSTRAINT tier_name_unique UNIQUE (name_key),
    CONSTRAINT tier_required_points_unique UNIQUE (required_points),
    CONSTRAINT tier_required_points_range CHECK (required_points BETWEEN 1 AND 9999999)
);

CREATE TABLE tier_settings (
    id                     INT           PRIMARY KEY,
    status                 VARCHAR(10)   NOT NULL,
    rolling_window_months  INT           NOT NULL,
    base_name              VARCHAR(50)   NOT NULL,
    base_description       VARCHAR(70),
    base_icon_url          VARCHAR(2048),
    created_date           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_date           TIMESTAMP WITH TIME ZONE NOT NULL,
    revision               BIGINT        NOT NULL,
    CONSTRAINT tier_settings_single_row CHECK (id = 1)
);

CREATE INDEX account_tier_idx ON loyalty_account (tier_id);

-- Tiers start DISABLED: everyone is in the base tier until they are made ACTIVE.
INSERT INTO tier_settings (id, status, rolling_window_months, base_name, created_date, updated_date, revision)
VALUES (1, 'DISABLED', 12, 'Base', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 1);
