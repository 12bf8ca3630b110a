-- Digital archive (feature: archive). PostgreSQL is the source of truth; Elasticsearch is rebuilt from it.
-- department_code is the owning department (no foreign key: features do not reach into each other's tables).
CREATE TABLE archive_item (
    id               BIGSERIAL PRIMARY KEY,
    title            VARCHAR(300) NOT NULL,
    type             VARCHAR(24)  NOT NULL CHECK (type IN ('WHITE_PAPER', 'RESEARCH_REPORT', 'BROCHURE', 'STATISTICS',
                                                          'MEETING_RECORD', 'PUBLIC_DOCUMENT')),
    department_code  VARCHAR(32)  NOT NULL,
    producer         VARCHAR(200) NOT NULL,
    issued_on        DATE         NOT NULL,
    tags             TEXT[]       NOT NULL DEFAULT '{}',
    language         VARCHAR(2)   NOT NULL CHECK (language IN ('ko', 'en')),
    disclosure       VARCHAR(16)  NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    -- RESTRICTED: besides the mayor, administrators and the owning department, these roles may see it
    restricted_roles TEXT[]       NOT NULL DEFAULT '{}',
    summary          VARCHAR(4000) NOT NULL DEFAULT '',
    created_by       TEXT         NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX archive_item_updated_at ON archive_item (updated_at);

CREATE TABLE archive_file (
    id                BIGSERIAL PRIMARY KEY,
    item_id           BIGINT       NOT NULL REFERENCES archive_item (id) ON DELETE CASCADE,
    file_name         VARCHAR(255) NOT NULL,
    content_type      VARCHAR(128) NOT NULL,
    size_bytes        BIGINT       NOT NULL CHECK (size_bytes >= 0),
    sha256            CHAR(64)     NOT NULL,
    content           BYTEA        NOT NULL,
    extracted_text    TEXT         NOT NULL DEFAULT '',
    extraction_status VARCHAR(8)   NOT NULL CHECK (extraction_status IN ('OK', 'FAILED')),
    extraction_error  TEXT,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (extraction_status = 'OK' OR extraction_error IS NOT NULL)
);

CREATE INDEX archive_file_item ON archive_file (item_id);

-- Transactional outbox: written in the same transaction as the item, drained into Elasticsearch by ArchiveIndexer.
CREATE TABLE archive_outbox (
    id              BIGSERIAL PRIMARY KEY,
    item_id         BIGINT      NOT NULL,
    operation       VARCHAR(8)  NOT NULL CHECK (operation IN ('UPSERT', 'DELETE')),
    attempts        INT         NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_error      TEXT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX archive_outbox_due ON archive_outbox (next_attempt_at, id);

-- Searches that members of staff keep under a name.
CREATE TABLE archive_saved_search (
    id         BIGSERIAL PRIMARY KEY,
    owner      VARCHAR(64)  NOT NULL,
    name       VARCHAR(120) NOT NULL,
    query      VARCHAR(1000) NOT NULL,
    sort       VARCHAR(16)  NOT NULL CHECK (sort IN ('RELEVANCE', 'DATE')),
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (owner, name)
);
