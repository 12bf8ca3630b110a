-- Archive files are sent a part at a time (substring of content). Stored out of line and uncompressed, PostgreSQL
-- reads only the slice asked for; the files are PDFs, Office files and the like, which are compressed already.
ALTER TABLE archive_file ALTER COLUMN content SET STORAGE EXTERNAL;
