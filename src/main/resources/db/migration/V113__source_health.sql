-- Feeds that are failing now (feature: citystatus): tiles of their indicators say so, with since when and why.
CREATE TABLE source_health (
    source        VARCHAR(64)  PRIMARY KEY,
    failing_since TIMESTAMPTZ  NOT NULL,
    reason        VARCHAR(500) NOT NULL
);
