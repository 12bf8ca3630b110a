-- Civic affairs (feature: civic): indices with yearly targets and values, key city projects with milestones, and
-- citizens' proposals with supports. department_code names the owning department (no foreign key: features do not
-- reach into each other's tables). `sample` marks rows of the project's own sample set.

CREATE TABLE civic_index (
    code            VARCHAR(32)  PRIMARY KEY,
    theme           VARCHAR(16)  NOT NULL CHECK (theme IN ('FUTURE', 'SAFE', 'WELFARE', 'BALANCED', 'DEMOCRACY', 'OUTREACH')),
    name_ko         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    definition_ko   TEXT         NOT NULL,
    definition_en   TEXT         NOT NULL,
    unit            VARCHAR(20)  NOT NULL,
    department_code VARCHAR(32)  NOT NULL,
    direction       VARCHAR(8)   NOT NULL CHECK (direction IN ('HIGHER', 'LOWER')),
    per_district    BOOLEAN      NOT NULL DEFAULT FALSE,
    disclosure      VARCHAR(16)  NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    sort_order      INT          NOT NULL DEFAULT 0,
    sample          BOOLEAN      NOT NULL DEFAULT FALSE
);

-- One year's target and value, city-wide (district_code '') or for one district. A value entered by a department
-- counts once the index owner has confirmed it; citizens see confirmed values only.
CREATE TABLE civic_index_value (
    index_code    VARCHAR(32)    NOT NULL REFERENCES civic_index (code) ON DELETE CASCADE,
    year          INT            NOT NULL CHECK (year BETWEEN 1990 AND 2100),
    district_code VARCHAR(5)     NOT NULL DEFAULT '',
    target        NUMERIC(18, 4),
    actual        NUMERIC(18, 4),
    state         VARCHAR(10)    NOT NULL CHECK (state IN ('PLANNED', 'ENTERED', 'CONFIRMED')),
    entered_by    VARCHAR(64),
    entered_at    TIMESTAMPTZ,
    confirmed_by  VARCHAR(64),
    confirmed_at  TIMESTAMPTZ,
    PRIMARY KEY (index_code, year, district_code),
    CHECK (state <> 'CONFIRMED' OR confirmed_by IS NOT NULL)
);
