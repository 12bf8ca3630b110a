-- Declared data sources (feature: cityfeed): what to fetch and how its rows become observations is configuration,
-- not code. The credential is never stored, only the name of the setting that holds it. next_run_at and the lease
-- make one instance fetch each source when several run: an instance claims a due source in one UPDATE.
CREATE TABLE data_source (
    name              VARCHAR(64)  PRIMARY KEY CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    kind              VARCHAR(24)  NOT NULL CHECK (kind IN ('SEOUL_OPEN_DATA', 'HTTP_JSON', 'HTTP_CSV', 'JDBC', 'FILE',
                                                           'DIRECT_ENTRY')),
    request           JSONB        NOT NULL,
    mapping           JSONB        NOT NULL,
    every_minutes     INTEGER      NOT NULL CHECK (every_minutes > 0),
    credential        VARCHAR(128),
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    owning_department VARCHAR(32)  NOT NULL,
    description       TEXT,
    version           INTEGER      NOT NULL DEFAULT 1,
    updated_by        TEXT,
    updated_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    next_run_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    lease_holder      TEXT,
    lease_until       TIMESTAMPTZ
);

-- Every saved version of a declaration: who, when, and the whole declaration as it became.
CREATE TABLE data_source_version (
    name        VARCHAR(64)  NOT NULL,
    version     INTEGER      NOT NULL,
    changed_by  TEXT         NOT NULL,
    changed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    change      VARCHAR(16)  NOT NULL CHECK (change IN ('CREATED', 'UPDATED', 'DELETED')),
    definition  JSONB        NOT NULL,
    PRIMARY KEY (name, version)
);

-- The log of runs, for the health page: rows read, observations made, rows not mapped, and the error.
CREATE TABLE source_run (
    id           BIGSERIAL    PRIMARY KEY,
    source       VARCHAR(64)  NOT NULL,
    instance     TEXT         NOT NULL,
    started_at   TIMESTAMPTZ  NOT NULL,
    finished_at  TIMESTAMPTZ  NOT NULL,
    ok           BOOLEAN      NOT NULL,
    rows_read    INTEGER      NOT NULL DEFAULT 0,
    observations INTEGER      NOT NULL DEFAULT 0,
    rejected     INTEGER      NOT NULL DEFAULT 0,
    error        VARCHAR(1000)
);
CREATE INDEX source_run_recent ON source_run (source, started_at DESC);
