-- Wall screens and TVs opened as displays, and the phones and tablets that steer them (issue 20)
CREATE TABLE display_screen (
    id               UUID PRIMARY KEY,
    pairing_code     VARCHAR(6)   NOT NULL UNIQUE,
    -- the account the display is signed in with; none for a public screen, which shows public content only
    owner_username   VARCHAR(64),
    owner_role       VARCHAR(16),
    owner_department VARCHAR(32),
    shown_path       VARCHAR(500),
    shown_label      VARCHAR(300),
    steered_by       VARCHAR(64),
    steered_by_name  VARCHAR(100),
    steered_at       TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL,
    seen_at          TIMESTAMPTZ  NOT NULL
);

CREATE TABLE display_remote (
    display_id   UUID         NOT NULL REFERENCES display_screen (id) ON DELETE CASCADE,
    username     VARCHAR(64)  NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    paired_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (display_id, username)
);

CREATE INDEX display_remote_by_user ON display_remote (username);
