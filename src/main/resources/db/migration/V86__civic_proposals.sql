-- Citizens' proposals (feature: civic). A proposal collects supports; at the department threshold the owning
-- department must answer, at the mayor threshold the mayor. supporter_key is a one-way hash of the supporter's
-- identity (see SupporterIdentity): no personal data is stored, and the primary key makes one person count once.
CREATE TABLE civic_proposal (
    id                BIGSERIAL     PRIMARY KEY,
    title             VARCHAR(120)  NOT NULL,
    body              VARCHAR(4000) NOT NULL,
    department_code   VARCHAR(32)   NOT NULL,
    author_key        CHAR(64)      NOT NULL,
    author_name       VARCHAR(40)   NOT NULL,
    supports          INT           NOT NULL DEFAULT 0,
    answer_due        VARCHAR(10)   NOT NULL DEFAULT 'NONE' CHECK (answer_due IN ('NONE', 'DEPARTMENT', 'MAYOR')),
    due_since         TIMESTAMPTZ,
    answer            VARCHAR(4000),
    answered_by       VARCHAR(100),
    answered_level    VARCHAR(10)   CHECK (answered_level IN ('DEPARTMENT', 'MAYOR')),
    answered_at       TIMESTAMPTZ,
    disclosure        VARCHAR(16)   NOT NULL DEFAULT 'PUBLIC' CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    sample            BOOLEAN       NOT NULL DEFAULT FALSE
);

CREATE INDEX civic_proposal_due ON civic_proposal (answer_due, department_code) WHERE answer IS NULL;

CREATE TABLE civic_proposal_support (
    proposal_id   BIGINT      NOT NULL REFERENCES civic_proposal (id) ON DELETE CASCADE,
    supporter_key CHAR(64)    NOT NULL,
    supported_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (proposal_id, supporter_key)
);
