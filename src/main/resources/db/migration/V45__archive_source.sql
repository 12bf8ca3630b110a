-- Where an archive item came from when another feature produced it, e.g. 'approval:42' for an approved document
-- (전자결재). Unique, so that every app instance may archive the same document and only one copy is kept.
ALTER TABLE archive_item ADD COLUMN source VARCHAR(64) UNIQUE;
