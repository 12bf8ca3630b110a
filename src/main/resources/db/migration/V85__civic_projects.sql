-- Key city projects (feature: civic): outline, budget, place, owning department and contact, milestones, progress
-- history and related news. archive_tag names the archive tag under which the project's documents are found.
CREATE TABLE civic_project (
    code            VARCHAR(32)   PRIMARY KEY,
    name_ko         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    outline_ko      TEXT          NOT NULL,
    outline_en      TEXT          NOT NULL,
    sector          VARCHAR(16)   NOT NULL CHECK (sector IN ('TRANSPORT', 'HOUSING', 'ENVIRONMENT', 'ECONOMY',
                                                           'WELFARE', 'CULTURE', 'SAFETY', 'DIGITAL')),
    budget_million  BIGINT        NOT NULL CHECK (budget_million >= 0),
    department_code VARCHAR(32)   NOT NULL,
    contact_name    VARCHAR(100)  NOT NULL,
    contact_phone   VARCHAR(40)   NOT NULL,
    district_code   VARCHAR(5),
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    archive_tag     VARCHAR(100),
    disclosure      VARCHAR(16)   NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    sample          BOOLEAN       NOT NULL DEFAULT FALSE
);

CREATE TABLE civic_milestone (
    project_code  VARCHAR(32)  NOT NULL REFERENCES civic_project (code) ON DELETE CASCADE,
    seq           INT          NOT NULL,
    name_ko       VARCHAR(200) NOT NULL,
    name_en       VARCHAR(200) NOT NULL,
    planned_start DATE         NOT NULL,
    planned_end   DATE         NOT NULL,
    actual_end    DATE,
    PRIMARY KEY (project_code, seq),
    CHECK (planned_end >= planned_start)
);

CREATE TABLE civic_project_progress (
    project_code VARCHAR(32)  NOT NULL REFERENCES civic_project (code) ON DELETE CASCADE,
    recorded_on  DATE         NOT NULL,
    percent      NUMERIC(5, 1) NOT NULL CHECK (percent BETWEEN 0 AND 100),
    note         VARCHAR(500) NOT NULL DEFAULT '',
    PRIMARY KEY (project_code, recorded_on)
);

CREATE TABLE civic_project_news (
    project_code VARCHAR(32)  NOT NULL REFERENCES civic_project (code) ON DELETE CASCADE,
    published_on DATE         NOT NULL,
    outlet       VARCHAR(100) NOT NULL,
    title        VARCHAR(300) NOT NULL,
    url          VARCHAR(500) NOT NULL
);

CREATE INDEX civic_project_news_project ON civic_project_news (project_code, published_on DESC);
