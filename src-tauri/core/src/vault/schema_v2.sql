-- Reclaim case database, schema version 2: what is needed to find copies of
-- the person's images later without the images. Hashes only, never pixels.

-- Per original: the PDQ hashes of its 8 dihedral variants (rotated, mirrored;
-- they cannot be derived from the stored PDQ hash) and of its crop windows
-- (copies cut at the edges), each 64 hex characters, concatenated.
CREATE TABLE image_match_hashes (
    image_hash_id INTEGER PRIMARY KEY REFERENCES image_hashes(id),
    dihedral      TEXT NOT NULL,
    crops         TEXT NOT NULL
);
