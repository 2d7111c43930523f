-- Reclaim case database: what is happening to the person
-- (model::Situation codes, comma-separated, e.g. "threatened,fake"). Cases made
-- before situations existed were about images that were shared.

ALTER TABLE case_info ADD COLUMN situations TEXT NOT NULL DEFAULT 'shared';
