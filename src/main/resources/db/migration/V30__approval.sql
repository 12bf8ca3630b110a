-- Electronic document approval (전자결재) (feature: approval).
-- Usernames and department codes are plain values: features do not reach into each other's tables.

-- Ranks of the officials who sign documents (staff accounts carry no rank).
CREATE TABLE approval_member (
    username        VARCHAR(64) PRIMARY KEY,
    rank            VARCHAR(16) NOT NULL CHECK (rank IN ('STAFF', 'TEAM_LEADER', 'DIRECTOR', 'DEPUTY_MAYOR', 'MAYOR')),
    department_code VARCHAR(32)
);

-- 전결 규정: the rank at which documents of a form type are finally approved.
CREATE TABLE approval_delegation_rule (
    form_type  VARCHAR(32) PRIMARY KEY,
    final_rank VARCHAR(16) NOT NULL CHECK (final_rank IN ('STAFF', 'TEAM_LEADER', 'DIRECTOR', 'DEPUTY_MAYOR', 'MAYOR'))
);

INSERT INTO approval_delegation_rule (form_type, final_rank) VALUES
    ('DRAFT_PROPOSAL', 'MAYOR'),
    ('REPORT', 'DIRECTOR'),
    ('OFFICIAL_LETTER', 'DEPUTY_MAYOR'),
    ('COOPERATION_MEMO', 'DIRECTOR'),
    ('BUSINESS_TRIP', 'TEAM_LEADER');

-- Document numbers: one counter per form abbreviation and year, bumped with INSERT ... ON CONFLICT ... RETURNING.
CREATE TABLE approval_number_counter (
    form_abbreviation VARCHAR(8) NOT NULL,
    year              INT        NOT NULL,
    last_serial       BIGINT     NOT NULL,
    PRIMARY KEY (form_abbreviation, year)
);

-- A document with its current version. revision grows with every change: actions name the revision they saw.
CREATE TABLE approval_document (
    id                   BIGSERIAL PRIMARY KEY,
    form_type            VARCHAR(32)  NOT NULL,
    department_code      VARCHAR(32)  NOT NULL,
    drafter              VARCHAR(64)  NOT NULL,
    status               VARCHAR(16)  NOT NULL CHECK (status IN ('DRAFT', 'IN_PROGRESS', 'ON_HOLD', 'COMPLETED', 'REJECTED')),
    version              INT          NOT NULL DEFAULT 1,
    revision             BIGINT       NOT NULL DEFAULT 0,
    number               VARCHAR(32)  UNIQUE,
    title                VARCHAR(200) NOT NULL,
    body                 TEXT         NOT NULL DEFAULT '',
    disclosure           VARCHAR(16)  NOT NULL CHECK (disclosure IN ('PUBLIC', 'PARTIAL', 'PRIVATE')),
    non_disclosure_item  SMALLINT     CHECK (non_disclosure_item BETWEEN 1 AND 8),
    retention            VARCHAR(16)  NOT NULL,
    keywords             TEXT         NOT NULL DEFAULT '',
    held_by              VARCHAR(64),
    delegated_rank       VARCHAR(16),
    delegated_approver   VARCHAR(64),
    created_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    submitted_at         TIMESTAMPTZ,
    completed_at         TIMESTAMPTZ,
    published_at         TIMESTAMPTZ,
    -- drafts may lack the reason while being written; it is required from submission on
    CHECK (status = 'DRAFT' OR disclosure = 'PUBLIC' OR non_disclosure_item IS NOT NULL)
);

CREATE INDEX approval_document_drafter ON approval_document (drafter, status);
CREATE INDEX approval_document_published ON approval_document (published_at DESC) WHERE published_at IS NOT NULL;

-- Earlier versions, kept when a rejected document is redrafted.
CREATE TABLE approval_document_version (
    document_id         BIGINT       NOT NULL REFERENCES approval_document (id),
    version             INT          NOT NULL,
    form_type           VARCHAR(32)  NOT NULL,
    title               VARCHAR(200) NOT NULL,
    body                TEXT         NOT NULL,
    disclosure          VARCHAR(16)  NOT NULL,
    non_disclosure_item SMALLINT,
    retention           VARCHAR(16)  NOT NULL,
    keywords            TEXT         NOT NULL,
    saved_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (document_id, version)
);

-- 결재선: one row per step and version. Steps with the same seq act in parallel (협조).
CREATE TABLE approval_step (
    document_id BIGINT      NOT NULL REFERENCES approval_document (id),
    version     INT         NOT NULL,
    position    INT         NOT NULL,
    seq         INT         NOT NULL,
    kind        VARCHAR(16) NOT NULL CHECK (kind IN ('DRAFT', 'REVIEW', 'COOPERATION', 'APPROVAL')),
    approver    VARCHAR(64) NOT NULL,
    state       VARCHAR(16) NOT NULL CHECK (state IN ('WAITING', 'APPROVED', 'REJECTED', 'SKIPPED')),
    acted_by    VARCHAR(64),
    acted_at    TIMESTAMPTZ,
    comment     TEXT,
    PRIMARY KEY (document_id, version, position)
);

CREATE INDEX approval_step_approver ON approval_step (approver, state);

-- 참조 and 공람 recipients.
CREATE TABLE approval_recipient (
    document_id BIGINT      NOT NULL REFERENCES approval_document (id),
    username    VARCHAR(64) NOT NULL,
    kind        VARCHAR(16) NOT NULL CHECK (kind IN ('REFERENCE', 'CIRCULATION')),
    read_at     TIMESTAMPTZ,
    PRIMARY KEY (document_id, username, kind)
);

CREATE INDEX approval_recipient_username ON approval_recipient (username);

-- Attachments, checked by extension and magic bytes, at most 20 MB.
CREATE TABLE approval_attachment (
    id          BIGSERIAL PRIMARY KEY,
    document_id BIGINT       NOT NULL REFERENCES approval_document (id),
    version     INT          NOT NULL,
    filename    VARCHAR(255) NOT NULL,
    type        VARCHAR(8)   NOT NULL,
    size        BIGINT       NOT NULL CHECK (size > 0 AND size <= 20971520),
    sha256      CHAR(64)     NOT NULL,
    content     BYTEA        NOT NULL,
    uploaded_by VARCHAR(64)  NOT NULL,
    uploaded_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE INDEX approval_attachment_document ON approval_attachment (document_id, version);

-- Personal saved approval lines, the steps as JSON.
CREATE TABLE approval_saved_line (
    id         BIGSERIAL PRIMARY KEY,
    owner      VARCHAR(64)  NOT NULL,
    name       VARCHAR(100) NOT NULL,
    steps      TEXT         NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (owner, name)
);

-- 대결: while an approver is absent, a substitute acts for them.
CREATE TABLE approval_absence (
    id         BIGSERIAL PRIMARY KEY,
    approver   VARCHAR(64) NOT NULL,
    substitute VARCHAR(64) NOT NULL CHECK (substitute <> approver),
    from_date  DATE        NOT NULL,
    to_date    DATE        NOT NULL CHECK (to_date >= from_date),
    created_by VARCHAR(64) NOT NULL,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX approval_absence_dates ON approval_absence (to_date, from_date);

-- The audit trail: append-only, each entry chained to the previous one by SHA-256.
CREATE TABLE approval_audit (
    id             BIGSERIAL PRIMARY KEY,
    at             TIMESTAMPTZ NOT NULL,
    actor          VARCHAR(64) NOT NULL,
    on_behalf_of   VARCHAR(64),
    action         VARCHAR(32) NOT NULL,
    document_id    BIGINT,
    version        INT,
    step           INT,
    client_address TEXT,
    user_agent     TEXT,
    detail         TEXT        NOT NULL DEFAULT '',
    prev_hash      CHAR(64)    NOT NULL,
    hash           CHAR(64)    NOT NULL UNIQUE
);

CREATE INDEX approval_audit_document ON approval_audit (document_id);

-- The head of the chain, locked FOR UPDATE by every append so that the chain never forks.
CREATE TABLE approval_audit_head (
    id        SMALLINT PRIMARY KEY CHECK (id = 1),
    last_id   BIGINT,
    last_hash CHAR(64) NOT NULL
);

INSERT INTO approval_audit_head (id, last_id, last_hash) VALUES (1, NULL, repeat('0', 64));

CREATE FUNCTION approval_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'approval_audit is append-only: % refused', TG_OP;
END;
$$;

CREATE TRIGGER approval_audit_append_only
    BEFORE UPDATE OR DELETE ON approval_audit
    FOR EACH ROW EXECUTE FUNCTION approval_audit_refuse_change();

CREATE TRIGGER approval_audit_no_truncate
    BEFORE TRUNCATE ON approval_audit
    FOR EACH STATEMENT EXECUTE FUNCTION approval_audit_refuse_change();
