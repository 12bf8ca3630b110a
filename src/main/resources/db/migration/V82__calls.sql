-- Video and voice calls (feature: call): one row per call or conference room, who was invited and how they
-- answered, and the single-use connection tokens handed to each participant.
CREATE TABLE call_session (
    id            BIGSERIAL   PRIMARY KEY,
    kind          VARCHAR(8)  NOT NULL CHECK (kind IN ('VIDEO', 'VOICE')),
    mode          VARCHAR(16) NOT NULL CHECK (mode IN ('BUILT_IN', 'OPENVIDU')),
    status        VARCHAR(16) NOT NULL CHECK (status IN ('RINGING', 'ACTIVE', 'ENDED', 'MISSED', 'DECLINED', 'CANCELLED')),
    caller        VARCHAR(64) NOT NULL,
    room_name     TEXT,
    context_type  VARCHAR(16) NOT NULL,
    context_ref   TEXT        NOT NULL DEFAULT '',
    context_label TEXT        NOT NULL DEFAULT '',
    media_session TEXT,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    answered_at   TIMESTAMPTZ,
    ended_at      TIMESTAMPTZ
);
CREATE INDEX call_session_status ON call_session (status, created_at);

CREATE TABLE call_participant (
    call_id     BIGINT      NOT NULL REFERENCES call_session (id) ON DELETE CASCADE,
    username    VARCHAR(64) NOT NULL,
    state       VARCHAR(16) NOT NULL CHECK (state IN ('INVITED', 'JOINED', 'LEFT', 'DECLINED', 'MISSED')),
    invited     BOOLEAN     NOT NULL,
    joined_at   TIMESTAMPTZ,
    left_at     TIMESTAMPTZ,
    missed_seen BOOLEAN     NOT NULL DEFAULT FALSE,
    PRIMARY KEY (call_id, username)
);
CREATE INDEX call_participant_user ON call_participant (username, state);

CREATE TABLE call_token (
    token       TEXT        PRIMARY KEY,
    call_id     BIGINT      NOT NULL REFERENCES call_session (id) ON DELETE CASCADE,
    username    VARCHAR(64) NOT NULL,
    issued_at   TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ
);
