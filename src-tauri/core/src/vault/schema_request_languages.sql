-- Reclaim case database: the language she chose for the requests to one
-- service (issue 14 item 4). `service` is the catalogue id, or
-- "unknown:<host>" for a site the catalogue does not know; `language` a
-- model::Language code. No row: the service's own language rules, then the
-- case's language. Each change is also in the custody log.

CREATE TABLE request_languages (
    service  TEXT PRIMARY KEY,
    language TEXT NOT NULL,
    set_at   TEXT NOT NULL
);
