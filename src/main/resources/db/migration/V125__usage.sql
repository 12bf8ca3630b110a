-- How the platform is used (issue 21): staff who agreed are recorded one use at a time, citizens only as hourly
-- counts without anything that could name them. Raw uses expire after city.usage.retention.
CREATE TABLE usage_consent (
    username   VARCHAR(64) PRIMARY KEY,
    consented  BOOLEAN     NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE usage_event (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    device      VARCHAR(16)  NOT NULL,
    duration_ms BIGINT       NOT NULL DEFAULT 0,
    username    VARCHAR(64)  NOT NULL,
    role        VARCHAR(16)  NOT NULL
);
CREATE INDEX usage_event_at ON usage_event (at);
CREATE INDEX usage_event_user ON usage_event (username, at);

CREATE TABLE usage_hourly (
    hour        TIMESTAMPTZ  NOT NULL,
    kind        VARCHAR(16)  NOT NULL,
    subject     VARCHAR(200) NOT NULL,
    device      VARCHAR(16)  NOT NULL,
    station     VARCHAR(64)  NOT NULL DEFAULT '',
    uses        BIGINT       NOT NULL,
    duration_ms BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (hour, kind, subject, device, station)
);
