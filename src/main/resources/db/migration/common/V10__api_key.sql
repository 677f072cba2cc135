-- Keys of the HTTP API. Only a SHA-256 hash of each key is kept: the key itself is shown once,
-- when it is created. A revoked key stays listed (who had access, until when).
CREATE TABLE api_key (
    name         VARCHAR(64)              NOT NULL PRIMARY KEY,
    key_hash     VARCHAR(64)              NOT NULL,
    read_only    BOOLEAN                  NOT NULL,
    created_date TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_date TIMESTAMP WITH TIME ZONE
);

CREATE UNIQUE INDEX api_key_hash ON api_key (key_hash);
