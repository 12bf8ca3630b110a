-- Notices to citizens and staff, pushed live to open screens (feature: notice).
-- owning_department is a department code; no foreign key, features do not reach into each other's tables.
CREATE TABLE notice (
    id                BIGSERIAL PRIMARY KEY,
    title             VARCHAR(120)  NOT NULL,
    body              VARCHAR(2000) NOT NULL DEFAULT '',
    severity          VARCHAR(16)   NOT NULL CHECK (severity IN ('INFO', 'WARNING', 'CRITICAL')),
    disclosure        VARCHAR(16)   NOT NULL CHECK (disclosure IN ('PUBLIC', 'INTERNAL', 'RESTRICTED')),
    owning_department VARCHAR(32),
    posted_by         TEXT          NOT NULL,
    posted_at         TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CHECK (disclosure <> 'RESTRICTED' OR owning_department IS NOT NULL)
);

CREATE INDEX notice_disclosure_posted_at ON notice (disclosure, posted_at DESC);
