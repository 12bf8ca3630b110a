-- What a notice is about, so that it is marked on the charts of that indicator (issue 18): an indicator code and,
-- for a notice about one district, its code. Both optional; codes only, features do not reach into each other's tables.
ALTER TABLE notice ADD COLUMN indicator_code VARCHAR(64);
ALTER TABLE notice ADD COLUMN district_code VARCHAR(5);

CREATE INDEX notice_indicator_posted_at ON notice (indicator_code, posted_at DESC) WHERE indicator_code IS NOT NULL;
