-- Sites allowed to show public widgets in a frame (feature: dashboard, /embed/**): an origin as the browser sends it
-- in frame-ancestors, scheme and host with an optional port and nothing else. Administrators keep the list.
CREATE TABLE embed_site (
    origin   TEXT        PRIMARY KEY CHECK (origin ~ '^https?://[a-z0-9.-]+(:[0-9]{1,5})?$' AND length(origin) <= 300),
    added_by TEXT        NOT NULL,
    added_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
