-- How a contact opted out: one-click (RFC 8058 List-Unsubscribe-Post), page (the confirmation page),
-- command (contacts unsubscribe), import (a contacts CSV with subscribed=false). Null while the
-- contact is subscribed, and for opt-outs recorded before the source was kept.
ALTER TABLE contact ADD COLUMN unsubscribe_source VARCHAR(16);

ALTER TABLE contact ADD CONSTRAINT contact_unsubscribe_source
    CHECK (unsubscribe_source IN ('one-click', 'page', 'command', 'import'));
