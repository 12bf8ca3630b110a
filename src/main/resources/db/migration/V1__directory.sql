-- Departments and staff accounts (feature: directory)
CREATE TABLE department (
    code        VARCHAR(32) PRIMARY KEY,
    name_ko     TEXT        NOT NULL,
    name_en     TEXT        NOT NULL,
    version     BIGINT      NOT NULL DEFAULT 0
);

CREATE TABLE user_account (
    id              BIGSERIAL PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL UNIQUE,
    display_name    TEXT         NOT NULL,
    password_hash   TEXT         NOT NULL,
    role            VARCHAR(16)  NOT NULL CHECK (role IN ('MAYOR', 'OFFICIAL', 'ADMIN')),
    department_code VARCHAR(32)  REFERENCES department (code),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CHECK (role <> 'OFFICIAL' OR department_code IS NOT NULL)
);
