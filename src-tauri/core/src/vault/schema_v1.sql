-- Reclaim case database, schema version 1. Everything here is inside SQLCipher.

CREATE TABLE case_info (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    code          TEXT NOT NULL,
    label         TEXT NOT NULL,
    language      TEXT NOT NULL,
    contact_name  TEXT,
    contact_email TEXT,
    country       TEXT,
    minor         INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);

-- Keys that live only inside the encrypted database (the age identity of the evidence files).
CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE urls (
    id         INTEGER PRIMARY KEY,
    original   TEXT NOT NULL,
    normalised TEXT,
    platform   TEXT,
    kind       TEXT,
    found_at   TEXT,
    how_found  TEXT,
    notes      TEXT,
    added_at   TEXT NOT NULL
);

CREATE TABLE url_status (
    id     INTEGER PRIMARY KEY,
    url_id INTEGER NOT NULL REFERENCES urls(id),
    at     TEXT NOT NULL,
    status TEXT NOT NULL,
    note   TEXT
);
CREATE INDEX url_status_by_url ON url_status(url_id, id);

CREATE TABLE evidence (
    id              INTEGER PRIMARY KEY,
    blob            TEXT NOT NULL UNIQUE,
    sha256          TEXT NOT NULL,
    size            INTEGER NOT NULL,
    original_name   TEXT,
    captured_at     TEXT NOT NULL,
    captured_at_utc TEXT NOT NULL,
    kind            TEXT NOT NULL,
    note            TEXT,
    url_id          INTEGER REFERENCES urls(id),
    added_at        TEXT NOT NULL
);

CREATE TABLE image_hashes (
    id          INTEGER PRIMARY KEY,
    label       TEXT,
    sha256      TEXT NOT NULL,
    md5         TEXT,
    pdq         TEXT,
    pdq_quality INTEGER,
    phash       TEXT,
    dhash       TEXT,
    width       INTEGER,
    height      INTEGER,
    evidence_id INTEGER REFERENCES evidence(id),
    added_at    TEXT NOT NULL
);

CREATE TABLE requests (
    id          INTEGER PRIMARY KEY,
    platform    TEXT NOT NULL,
    channel     TEXT NOT NULL,
    legal_bases TEXT NOT NULL,
    language    TEXT NOT NULL,
    subject     TEXT,
    body        TEXT,
    deadline    TEXT,
    created_at  TEXT NOT NULL
);

CREATE TABLE request_urls (
    request_id INTEGER NOT NULL REFERENCES requests(id),
    url_id     INTEGER NOT NULL REFERENCES urls(id),
    PRIMARY KEY (request_id, url_id)
);

CREATE TABLE request_tickets (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    ticket     TEXT NOT NULL,
    added_at   TEXT NOT NULL
);

CREATE TABLE request_status (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES requests(id),
    at         TEXT NOT NULL,
    status     TEXT NOT NULL,
    note       TEXT
);
CREATE INDEX request_status_by_request ON request_status(request_id, id);

-- StopNCII (adults) and Take It Down (minors) case numbers.
CREATE TABLE hash_service_cases (
    id           INTEGER PRIMARY KEY,
    service      TEXT NOT NULL,
    case_number  TEXT NOT NULL,
    submitted_at TEXT,
    note         TEXT,
    added_at     TEXT NOT NULL
);

-- Append-only, hash-chained custody log.
CREATE TABLE custody (
    seq       INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    action    TEXT NOT NULL,
    subject   TEXT NOT NULL,
    details   TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash      TEXT NOT NULL
);
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody
BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody
BEGIN SELECT RAISE(ABORT, 'the custody log is append-only'); END;
