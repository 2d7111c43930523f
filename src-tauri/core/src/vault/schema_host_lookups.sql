-- Reclaim case database: "Find who hosts this site" (issue 14 item 3). One
-- row per lookup she asked for, never deleted: the latest one for a host is
-- the one her requests use. `host` is the site's name as the requests write
-- it; `url_id` the link she asked about (no foreign key: the link's own
-- history keeps it); `record` the JSON of vault::NewHostLookup (hosting
-- provider and registrar with their abuse addresses and where each came
-- from, a CDN in front of the site, the servers asked). Encrypted with the
-- rest of the case; each lookup is also in the custody log
-- (`host_looked_up`). A lookup that found nothing is not kept.

CREATE TABLE host_lookups (
    id            INTEGER PRIMARY KEY,
    url_id        INTEGER,
    host          TEXT NOT NULL,
    record        TEXT NOT NULL,
    looked_up_at  TEXT NOT NULL
);
