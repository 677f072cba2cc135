-- Points expiration: accounts are found by their next expiration (filters on
-- pointsExpiration.expirationDate, and the statement's warning). Expiration and points imports
-- are idempotent through the existing unique (account_id, idempotency_key) of points_transaction.
CREATE INDEX account_expiration_date_idx ON loyalty_account (expiration_date);
