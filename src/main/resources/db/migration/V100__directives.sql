-- Mayor's directives (지시사항) and digital reports (보고) with their briefings (feature: directive).
-- A directive goes to one or more departments (the first leads); every step is a row of directive_event with who,
-- when and what, so the history is never rewritten. Directives are INTERNAL until the mayor publishes one.
CREATE TABLE directive (
    id              BIGSERIAL     PRIMARY KEY,
    title           VARCHAR(200)  NOT NULL,
    body            VARCHAR(4000) NOT NULL DEFAULT '',
    priority        VARCHAR(8)    NOT NULL CHECK (priority IN ('LOW', 'NORMAL', 'HIGH', 'URGENT')),
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('ISSUED', 'ACKNOWLEDGED', 'IN_PROGRESS', 'REPORTED_DONE',
                                                             'ACCEPTED', 'SENT_BACK')),
    departments     VARCHAR(400)  NOT NULL,
    due_at          TIMESTAMPTZ   NOT NULL,
    issued_by       VARCHAR(100)  NOT NULL,
    issued_by_name  VARCHAR(100)  NOT NULL,
    issued_at       TIMESTAMPTZ   NOT NULL,
    owner           VARCHAR(100),
    owner_name      VARCHAR(100),
    context_kind    VARCHAR(16),
    context_ref     VARCHAR(100),
    context_title   VARCHAR(300),
    context_route   VARCHAR(300),
    disclosure      VARCHAR(16)   NOT NULL DEFAULT 'INTERNAL' CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    result          VARCHAR(4000),
    reminded_at     TIMESTAMPTZ,
    closed_at       TIMESTAMPTZ,
    sample          BOOLEAN       NOT NULL DEFAULT FALSE
);

CREATE INDEX directive_open ON directive (due_at) WHERE status <> 'ACCEPTED';

CREATE TABLE directive_event (
    id            BIGSERIAL     PRIMARY KEY,
    directive_id  BIGINT        NOT NULL REFERENCES directive (id) ON DELETE CASCADE,
    action        VARCHAR(16)   NOT NULL,
    from_status   VARCHAR(16),
    to_status     VARCHAR(16)   NOT NULL,
    actor         VARCHAR(100)  NOT NULL,
    actor_name    VARCHAR(100)  NOT NULL,
    at            TIMESTAMPTZ   NOT NULL,
    note          VARCHAR(4000) NOT NULL DEFAULT '',
    link_kind     VARCHAR(16),
    link_ref      VARCHAR(100)
);

CREATE INDEX directive_event_by_directive ON directive_event (directive_id, id);

CREATE TABLE directive_attachment (
    id            BIGSERIAL     PRIMARY KEY,
    directive_id  BIGINT        NOT NULL REFERENCES directive (id) ON DELETE CASCADE,
    event_id      BIGINT        NOT NULL REFERENCES directive_event (id) ON DELETE CASCADE,
    file_name     VARCHAR(255)  NOT NULL,
    file_type     VARCHAR(8)    NOT NULL,
    size          BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       BYTEA         NOT NULL
);

CREATE TABLE report (
    id               BIGSERIAL     PRIMARY KEY,
    title            VARCHAR(200)  NOT NULL,
    body             TEXT          NOT NULL,
    department_code  VARCHAR(32)   NOT NULL,
    submitted_by     VARCHAR(100)  NOT NULL,
    submitted_name   VARCHAR(100)  NOT NULL,
    submitted_at     TIMESTAMPTZ   NOT NULL,
    indicator_code   VARCHAR(64),
    project_code     VARCHAR(64),
    disclosure       VARCHAR(16)   NOT NULL DEFAULT 'INTERNAL' CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    read_at          TIMESTAMPTZ,
    sample           BOOLEAN       NOT NULL DEFAULT FALSE
);

CREATE TABLE report_attachment (
    id            BIGSERIAL     PRIMARY KEY,
    report_id     BIGINT        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    file_name     VARCHAR(255)  NOT NULL,
    file_type     VARCHAR(8)    NOT NULL,
    size          BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    content       BYTEA         NOT NULL
);

-- A briefing: one report presented; every screen following it shows the presenter's page.
CREATE TABLE briefing (
    id            VARCHAR(36)   PRIMARY KEY,
    report_id     BIGINT        NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    presenter     VARCHAR(100)  NOT NULL,
    page          INT           NOT NULL DEFAULT 0,
    started_at    TIMESTAMPTZ   NOT NULL,
    ended_at      TIMESTAMPTZ
);

CREATE TABLE briefing_annotation (
    id            BIGSERIAL     PRIMARY KEY,
    briefing_id   VARCHAR(36)   NOT NULL REFERENCES briefing (id) ON DELETE CASCADE,
    page          INT           NOT NULL,
    text          VARCHAR(500)  NOT NULL,
    author_name   VARCHAR(100)  NOT NULL,
    at            TIMESTAMPTZ   NOT NULL
);
