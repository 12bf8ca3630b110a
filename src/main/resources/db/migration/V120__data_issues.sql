-- "Report a problem with this data" (feature: dataissue). Anyone who sees an indicator may report it as wrong; the
-- report goes to the department that owns the indicator, which answers it once. The reporter follows the report by
-- its receipt, a random unguessable token; citizens stay anonymous (reporter_username is set for staff only).
CREATE TABLE data_issue (
    id                BIGSERIAL    PRIMARY KEY,
    indicator_code    VARCHAR(48)  NOT NULL,
    district_code     VARCHAR(5),
    widget_id         VARCHAR(100),
    value_seen        TEXT         CHECK (char_length(value_seen) <= 200),
    seen_as_of        TIMESTAMPTZ,
    message           TEXT         NOT NULL CHECK (char_length(message) BETWEEN 1 AND 2000),
    reporter_username VARCHAR(100),
    receipt           VARCHAR(64)  NOT NULL UNIQUE,
    department_code   VARCHAR(32)  NOT NULL,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    answer            TEXT         CHECK (char_length(answer) <= 2000),
    answered_by       VARCHAR(100),
    answered_at       TIMESTAMPTZ,
    CHECK ((answer IS NULL) = (answered_at IS NULL))
);

-- a department's queue: its open reports, then the ones it answered lately
CREATE INDEX data_issue_open ON data_issue (department_code, created_at) WHERE answer IS NULL;
CREATE INDEX data_issue_answered ON data_issue (department_code, answered_at) WHERE answer IS NOT NULL;
