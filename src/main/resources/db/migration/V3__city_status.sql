-- Real-time city status (feature: citystatus): indicators, observations with rollups, alerts, incidents, map points.

CREATE TABLE indicator (
    code              VARCHAR(48) PRIMARY KEY,
    name_ko           TEXT         NOT NULL,
    name_en           TEXT         NOT NULL,
    unit              VARCHAR(24)  NOT NULL,
    category          VARCHAR(24)  NOT NULL CHECK (category IN ('SAFETY', 'TRANSPORT', 'AIR', 'WATER', 'PRICES',
                                                             'FINANCES', 'PARKS', 'POPULATION')),
    source            TEXT         NOT NULL,
    update_minutes    INTEGER      NOT NULL CHECK (update_minutes > 0),
    disclosure        VARCHAR(16)  NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    owning_department VARCHAR(32)  NOT NULL,
    per_district      BOOLEAN      NOT NULL,
    higher_is_worse   BOOLEAN      NOT NULL DEFAULT TRUE,
    warn_at           DOUBLE PRECISION,
    danger_at         DOUBLE PRECISION,
    decimals          SMALLINT     NOT NULL DEFAULT 0,
    sort_order        INTEGER      NOT NULL DEFAULT 100
);

-- district_code '' is the whole city; otherwise one of the 25 five-digit district codes
CREATE TABLE observation (
    id             BIGSERIAL PRIMARY KEY,
    indicator_code VARCHAR(48)      NOT NULL REFERENCES indicator (code),
    district_code  VARCHAR(5)       NOT NULL DEFAULT '',
    observed_at    TIMESTAMPTZ      NOT NULL,
    value          DOUBLE PRECISION NOT NULL,
    origin         VARCHAR(16)      NOT NULL CHECK (origin IN ('FEED', 'SIMULATED', 'MANUAL')),
    recorded_by    TEXT,
    recorded_at    TIMESTAMPTZ      NOT NULL DEFAULT now(),
    UNIQUE (indicator_code, district_code, observed_at)
);
CREATE INDEX observation_series ON observation (indicator_code, district_code, observed_at DESC);

-- Rollups keep a year of history fast: charts over 7 and 30 days read hours, over a year read days.
CREATE TABLE observation_hourly (
    indicator_code VARCHAR(48)      NOT NULL,
    district_code  VARCHAR(5)       NOT NULL,
    bucket         TIMESTAMPTZ      NOT NULL,
    samples        INTEGER          NOT NULL,
    total          DOUBLE PRECISION NOT NULL,
    minimum        DOUBLE PRECISION NOT NULL,
    maximum        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (indicator_code, district_code, bucket)
);

CREATE TABLE observation_daily (
    indicator_code VARCHAR(48)      NOT NULL,
    district_code  VARCHAR(5)       NOT NULL,
    bucket         DATE             NOT NULL,
    samples        INTEGER          NOT NULL,
    total          DOUBLE PRECISION NOT NULL,
    minimum        DOUBLE PRECISION NOT NULL,
    maximum        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (indicator_code, district_code, bucket)
);

-- The latest value per indicator and district, for tiles and the map
CREATE TABLE observation_latest (
    indicator_code VARCHAR(48)      NOT NULL,
    district_code  VARCHAR(5)       NOT NULL,
    observed_at    TIMESTAMPTZ      NOT NULL,
    value          DOUBLE PRECISION NOT NULL,
    origin         VARCHAR(16)      NOT NULL,
    PRIMARY KEY (indicator_code, district_code)
);

CREATE TABLE alert_rule (
    id             BIGSERIAL PRIMARY KEY,
    indicator_code VARCHAR(48)      NOT NULL REFERENCES indicator (code),
    comparison     VARCHAR(8)       NOT NULL CHECK (comparison IN ('ABOVE', 'BELOW')),
    threshold      DOUBLE PRECISION NOT NULL,
    severity       VARCHAR(16)      NOT NULL CHECK (severity IN ('WARNING', 'CRITICAL')),
    enabled        BOOLEAN          NOT NULL DEFAULT TRUE
);

CREATE TABLE alert (
    id               BIGSERIAL PRIMARY KEY,
    rule_id          BIGINT           NOT NULL REFERENCES alert_rule (id),
    indicator_code   VARCHAR(48)      NOT NULL,
    district_code    VARCHAR(5)       NOT NULL,
    value            DOUBLE PRECISION NOT NULL,
    threshold        DOUBLE PRECISION NOT NULL,
    severity         VARCHAR(16)      NOT NULL,
    disclosure       VARCHAR(16)      NOT NULL,
    owning_department VARCHAR(32)     NOT NULL,
    fired_at         TIMESTAMPTZ      NOT NULL,
    acknowledged_by  TEXT,
    acknowledged_at  TIMESTAMPTZ
);
-- at most one open alert per rule and district: a rule that stays above its threshold fires once
CREATE UNIQUE INDEX alert_open_once ON alert (rule_id, district_code) WHERE acknowledged_at IS NULL;

CREATE TABLE incident (
    id                BIGSERIAL PRIMARY KEY,
    kind              VARCHAR(24)  NOT NULL,
    title             TEXT         NOT NULL,
    district_code     VARCHAR(5)   NOT NULL,
    place             TEXT         NOT NULL DEFAULT '',
    status            VARCHAR(16)  NOT NULL CHECK (status IN ('DISPATCHED', 'ARRIVED', 'OPERATING', 'CONTAINED',
                                                            'EXTINGUISHED', 'CLOSED')),
    disclosure        VARCHAR(16)  NOT NULL,
    owning_department VARCHAR(32)  NOT NULL,
    reported_at       TIMESTAMPTZ  NOT NULL,
    updated_at        TIMESTAMPTZ  NOT NULL
);

CREATE TABLE incident_step (
    id          BIGSERIAL PRIMARY KEY,
    incident_id BIGINT      NOT NULL REFERENCES incident (id),
    status      VARCHAR(16) NOT NULL,
    reached_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE disaster_message (
    serial      BIGINT PRIMARY KEY,
    sent_at     TIMESTAMPTZ NOT NULL,
    text        TEXT        NOT NULL,
    regions     TEXT        NOT NULL,
    step        VARCHAR(24) NOT NULL,
    kind        VARCHAR(48) NOT NULL DEFAULT ''
);
CREATE INDEX disaster_message_sent_at ON disaster_message (sent_at DESC);

-- Point data on the map: bike stations, CCTV, safety facilities, flood-prone areas, hotspots
CREATE TABLE map_point (
    layer        VARCHAR(24)      NOT NULL,
    external_id  VARCHAR(64)      NOT NULL,
    name         TEXT             NOT NULL,
    latitude     DOUBLE PRECISION NOT NULL,
    longitude    DOUBLE PRECISION NOT NULL,
    value        DOUBLE PRECISION,
    capacity     DOUBLE PRECISION,
    label        TEXT             NOT NULL DEFAULT '',
    disclosure   VARCHAR(16)      NOT NULL DEFAULT 'PUBLIC',
    updated_at   TIMESTAMPTZ      NOT NULL,
    PRIMARY KEY (layer, external_id)
);
