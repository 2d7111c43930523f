-- Reclaim case database: where an evidence file was found when it has no
-- link (issue 14 item 12). A copy found by "Find copies" is kept tied either
-- to one of the case's links (`url_id`) or to a platform of the catalogue
-- (`platform`, its id: e.g. "discord" for a copy saved from a chat). NULL for
-- every file kept before, and for files tied to a link or to nothing.

ALTER TABLE evidence ADD COLUMN platform TEXT;
