-- Accounts: a password to change at the next sign-in (after an administrator's reset), and when it last changed.
ALTER TABLE user_account ADD COLUMN must_change_password BOOLEAN     NOT NULL DEFAULT FALSE;
ALTER TABLE user_account ADD COLUMN password_changed_at  TIMESTAMPTZ;

-- Sign-in throttling (feature: security): failures per account ('account:<username>') and per client address
-- ('address:<ip>') within a window, and until when a key is locked. Shared by every instance.
CREATE TABLE sign_in_throttle (
    throttle_key  VARCHAR(200) PRIMARY KEY,
    failures      INTEGER      NOT NULL,
    window_start  TIMESTAMPTZ  NOT NULL,
    locked_until  TIMESTAMPTZ
);

-- Who signed in or tried to, when, from where; and administrators' actions on accounts.
CREATE TABLE sign_in_event (
    id             BIGSERIAL    PRIMARY KEY,
    username       VARCHAR(200) NOT NULL,
    occurred_at    TIMESTAMPTZ  NOT NULL,
    client_address VARCHAR(64)  NOT NULL,
    user_agent     VARCHAR(200) NOT NULL DEFAULT '',
    outcome        VARCHAR(24)  NOT NULL CHECK (outcome IN ('SUCCESS', 'BAD_CREDENTIALS', 'LOCKED', 'DISABLED',
                                                            'SIGNED_OUT', 'PASSWORD_CHANGED', 'PASSWORD_RESET',
                                                            'ACCOUNT_DISABLED', 'ACCOUNT_ENABLED')),
    actor          VARCHAR(64)
);

CREATE INDEX sign_in_event_time ON sign_in_event (occurred_at DESC);
CREATE INDEX sign_in_event_user ON sign_in_event (username, occurred_at DESC);
