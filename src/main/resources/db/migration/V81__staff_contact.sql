-- The staff directory (feature: directory): each account's rank title, phone and whether they are on duty now.
-- Kept beside user_account so that accounts stay as they are; an account without a row is on duty with no rank or
-- phone recorded.
CREATE TABLE staff_contact (
    account_id  BIGINT      PRIMARY KEY REFERENCES user_account (id) ON DELETE CASCADE,
    rank_title  TEXT        NOT NULL DEFAULT '',
    phone       TEXT        NOT NULL DEFAULT '',
    on_duty     BOOLEAN     NOT NULL DEFAULT TRUE,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
