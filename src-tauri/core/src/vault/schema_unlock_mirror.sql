-- Reclaim case database: the unlock record mirrored inside
-- the encrypted case (issue 18, item 4). unlock.json beside the case can be
-- deleted or edited by anyone at the computer; this copy cannot, so a record
-- that is missing or disagrees is noticed at the next open.
CREATE TABLE unlock_record (
    id                 INTEGER PRIMARY KEY CHECK (id = 1),
    -- When the case was last opened (the same text unlock.json holds).
    last_opened_at     TEXT NOT NULL,
    -- Wrong tries unlock.json reported at that open.
    failed_attempts    INTEGER NOT NULL
);
