-- Reclaim case database: time-stamps of the custody log
-- (issue 19 item 2) and the case's settings.

-- One RFC 3161 time-stamp of the custody chain's head: the authority signed
-- the SHA-256 `custody_hash` (the hash of custody entry `custody_seq`), which
-- fixes that entry and every one before it. Only that hash left the device.
CREATE TABLE custody_anchors (
    id           INTEGER PRIMARY KEY,
    custody_seq  INTEGER NOT NULL REFERENCES custody(seq),
    custody_hash TEXT NOT NULL,
    tsa          TEXT NOT NULL,   -- the authority's name, as its certificate gives it
    tsa_url      TEXT NOT NULL,
    gen_time     TEXT NOT NULL,   -- the time the authority signed, RFC 3339 UTC
    token        BLOB NOT NULL    -- the authority's reply (TimeStampResp, DER)
);
CREATE TRIGGER custody_anchors_no_update BEFORE UPDATE ON custody_anchors
BEGIN SELECT RAISE(ABORT, 'time-stamps are kept as received'); END;
CREATE TRIGGER custody_anchors_no_delete BEFORE DELETE ON custody_anchors
BEGIN SELECT RAISE(ABORT, 'time-stamps are kept as received'); END;

-- Choices the person made for this case (name → JSON value).
CREATE TABLE case_settings (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
