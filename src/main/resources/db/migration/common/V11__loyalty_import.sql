-- Points imports made through the HTTP API: the file as received, its header and first rows, and
-- the import-points job execution that imports it (whose state is the import's).
CREATE TABLE loyalty_import (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    file_path     VARCHAR(4000)            NOT NULL,
    file_url      VARCHAR(10000)           NOT NULL,
    file_name     VARCHAR(1000),
    file_size     BIGINT,
    header        VARCHAR(4000),
    sample_rows   VARCHAR(20000),
    parse_error   VARCHAR(2000),
    row_count     BIGINT,
    execution_id  BIGINT,
    created_date  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_date  TIMESTAMP WITH TIME ZONE NOT NULL,
    revision      BIGINT                   NOT NULL
);
