-- Inputs of the analyses of city services (issue 21) that no other feature of the platform holds: the night bus
-- stops, fire stations and 119 dispatches, taxi calls and garages. Each dataset says where it comes from and whether it
-- is the embedded default's simulated data; replacing one makes its analyses compute again.
CREATE TABLE analysis_dataset (
    name        VARCHAR(40)  PRIMARY KEY,
    source      VARCHAR(300) NOT NULL,
    link        VARCHAR(500),
    as_of       DATE,
    simulated   BOOLEAN      NOT NULL,
    updated_by  VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);

CREATE TABLE analysis_point (
    dataset       VARCHAR(40)      NOT NULL REFERENCES analysis_dataset (name) ON DELETE CASCADE,
    position      INTEGER          NOT NULL,
    label         VARCHAR(200)     NOT NULL DEFAULT '',
    latitude      DOUBLE PRECISION NOT NULL CHECK (latitude BETWEEN 33 AND 39),
    longitude     DOUBLE PRECISION NOT NULL CHECK (longitude BETWEEN 124 AND 132),
    value         DOUBLE PRECISION,
    district_code VARCHAR(5),
    PRIMARY KEY (dataset, position)
);
