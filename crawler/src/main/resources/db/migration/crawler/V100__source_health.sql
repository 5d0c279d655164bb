-- Crawler health per source, beside the store's cursor columns: how far behind the source is and how many
-- polls in a row failed (the dashboard shows both; the scheduler's backoff grows with failures).
ALTER TABLE source_state ADD COLUMN lag_ms BIGINT;
ALTER TABLE source_state ADD COLUMN failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE source_state ADD COLUMN last_fetched INTEGER DEFAULT 0 NOT NULL;
