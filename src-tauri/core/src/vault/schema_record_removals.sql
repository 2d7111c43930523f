-- What she takes out of the case (issue 14 item 5, "nothing lost"): the row
-- stays, marked, so the custody log's entries about it keep their meaning,
-- and the log records that it was taken out; the content goes.
--
-- A fingerprint (the hashes of one of her images): its matching data
-- (image_match_hashes, image_features) is deleted, so it no longer matches a
-- copy nor goes into a request, a hash service, the report or a hand-over.
ALTER TABLE image_hashes ADD COLUMN removed_at TEXT;
ALTER TABLE image_hashes ADD COLUMN removed_reason TEXT;
-- An evidence file: its encrypted file is deleted from disk.
ALTER TABLE evidence ADD COLUMN removed_at TEXT;
ALTER TABLE evidence ADD COLUMN removed_reason TEXT;
-- A ticket number typed wrong.
ALTER TABLE request_tickets ADD COLUMN removed_at TEXT;
