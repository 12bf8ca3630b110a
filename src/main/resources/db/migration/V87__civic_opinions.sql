-- Citizens' opinions in figures (feature: civic): complaints and petitions per day, channel and bureau with their
-- handling, and weekly topic trends with sentiment and keywords. Each row carries a disclosure class.
CREATE TABLE civic_complaint_day (
    day             DATE        NOT NULL,
    channel         VARCHAR(12) NOT NULL CHECK (channel IN ('CALL_120', 'WEB', 'MOBILE', 'PARTNER', 'OFFLINE')),
    department_code VARCHAR(32) NOT NULL,
    received        INT         NOT NULL CHECK (received >= 0),
    handled         INT         NOT NULL CHECK (handled >= 0),
    overdue         INT         NOT NULL CHECK (overdue >= 0),
    disclosure      VARCHAR(16) NOT NULL DEFAULT 'PUBLIC' CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    sample          BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (day, channel, department_code)
);

CREATE TABLE civic_topic_week (
    week_start DATE          NOT NULL,
    topic_ko   VARCHAR(60)   NOT NULL,
    topic_en   VARCHAR(60)   NOT NULL,
    volume     INT           NOT NULL CHECK (volume >= 0),
    positive   NUMERIC(4, 3) NOT NULL CHECK (positive BETWEEN 0 AND 1),
    negative   NUMERIC(4, 3) NOT NULL CHECK (negative BETWEEN 0 AND 1),
    keywords   TEXT[]        NOT NULL DEFAULT '{}',
    disclosure VARCHAR(16)   NOT NULL DEFAULT 'PUBLIC' CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    sample     BOOLEAN       NOT NULL DEFAULT FALSE,
    PRIMARY KEY (week_start, topic_ko),
    CHECK (positive + negative <= 1)
);
