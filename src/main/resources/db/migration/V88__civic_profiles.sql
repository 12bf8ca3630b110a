-- Profiles of Seoul, international cooperation and mayoral pledges (feature: civic). Every row carries a disclosure
-- class; `sample` marks rows of the project's own sample set.
CREATE TABLE civic_statistic (
    code       VARCHAR(32)   PRIMARY KEY,
    name_ko    VARCHAR(100)  NOT NULL,
    name_en    VARCHAR(100)  NOT NULL,
    value      NUMERIC(18, 2) NOT NULL,
    unit_ko    VARCHAR(20)   NOT NULL,
    unit_en    VARCHAR(20)   NOT NULL,
    year       INT           NOT NULL,
    source     VARCHAR(100)  NOT NULL,
    sort_order INT           NOT NULL DEFAULT 0,
    disclosure VARCHAR(16)   NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    sample     BOOLEAN       NOT NULL DEFAULT FALSE
);

CREATE TABLE civic_ranking (
    ranking_ko VARCHAR(100) NOT NULL,
    ranking_en VARCHAR(100) NOT NULL,
    publisher  VARCHAR(100) NOT NULL,
    year       INT          NOT NULL,
    rank       INT          NOT NULL CHECK (rank >= 1),
    out_of     INT          NOT NULL CHECK (out_of >= rank),
    disclosure VARCHAR(16)  NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    sample     BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (ranking_en, year)
);

CREATE TABLE civic_media (
    id           BIGSERIAL    PRIMARY KEY,
    published_on DATE         NOT NULL,
    outlet       VARCHAR(100) NOT NULL,
    country      VARCHAR(60)  NOT NULL,
    title        VARCHAR(300) NOT NULL,
    url          VARCHAR(500) NOT NULL,
    tone         VARCHAR(8)   NOT NULL CHECK (tone IN ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
    disclosure   VARCHAR(16)  NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    sample       BOOLEAN      NOT NULL DEFAULT FALSE
);

CREATE TABLE civic_partner_city (
    name_en    VARCHAR(100)     PRIMARY KEY,
    name_ko    VARCHAR(100)     NOT NULL,
    country_ko VARCHAR(60)      NOT NULL,
    country_en VARCHAR(60)      NOT NULL,
    kind       VARCHAR(10)      NOT NULL CHECK (kind IN ('SISTER', 'FRIENDSHIP')),
    since_year INT              NOT NULL,
    latitude   DOUBLE PRECISION NOT NULL,
    longitude  DOUBLE PRECISION NOT NULL,
    exports    TEXT[]           NOT NULL DEFAULT '{}',
    disclosure VARCHAR(16)      NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    sample     BOOLEAN          NOT NULL DEFAULT FALSE
);

CREATE TABLE civic_pledge (
    code            VARCHAR(32)   PRIMARY KEY,
    title_ko        VARCHAR(200)  NOT NULL,
    title_en        VARCHAR(200)  NOT NULL,
    sector          VARCHAR(16)   NOT NULL,
    department_code VARCHAR(32)   NOT NULL,
    progress        NUMERIC(5, 1) NOT NULL CHECK (progress BETWEEN 0 AND 100),
    status          VARCHAR(10)   NOT NULL CHECK (status IN ('PLANNED', 'ON_TRACK', 'DELAYED', 'DONE')),
    district_code   VARCHAR(5),
    latitude        DOUBLE PRECISION,
    longitude       DOUBLE PRECISION,
    disclosure      VARCHAR(16)   NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    sample          BOOLEAN       NOT NULL DEFAULT FALSE
);
