-- A link taken out of the case (pasted by mistake, or not hers). The row stays,
-- marked, so that the custody log's entries about it keep their meaning; it no
-- longer shows, nor goes into requests or the report's list of links.
ALTER TABLE urls ADD COLUMN removed_at TEXT;
ALTER TABLE urls ADD COLUMN removed_reason TEXT;
