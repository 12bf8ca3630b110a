-- Runs of the real feeds, for administrators (feature: cityfeed). One row per source, updated by every run.
CREATE TABLE source_status (
    source          VARCHAR(64) PRIMARY KEY,
    enabled         BOOLEAN     NOT NULL DEFAULT FALSE,
    last_run_at     TIMESTAMPTZ,
    last_success_at TIMESTAMPTZ,
    last_error_at   TIMESTAMPTZ,
    last_error      TEXT,
    rows_last_run   INTEGER     NOT NULL DEFAULT 0,
    rows_total      BIGINT      NOT NULL DEFAULT 0
);
