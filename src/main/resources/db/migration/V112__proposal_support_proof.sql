-- Citizens' supports need more than a fresh cookie (feature: civic).
-- The key that signs support challenges, made once and shared by every instance.
CREATE TABLE proposal_support_secret (
    id      SMALLINT PRIMARY KEY CHECK (id = 1),
    secret  BYTEA    NOT NULL
);

-- Challenges already used: a solved challenge counts once, on any instance.
CREATE TABLE proposal_support_challenge_used (
    challenge_hash CHAR(64)    PRIMARY KEY,
    used_at        TIMESTAMPTZ NOT NULL
);

-- Supports per client address (its keyed hash, never the address) per day and proposal.
CREATE TABLE proposal_support_budget (
    address_hash CHAR(64) NOT NULL,
    day          DATE     NOT NULL,
    proposal_id  BIGINT   NOT NULL,
    supports     INTEGER  NOT NULL,
    PRIMARY KEY (address_hash, day, proposal_id)
);
