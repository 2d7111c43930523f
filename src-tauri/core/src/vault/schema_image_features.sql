-- Reclaim case database: the local features of each original, so "Find
-- copies" finds it inside screenshots, chats, collages and posts without the
-- image. Per original and per side (the image as given, and its mirror
-- image): corner positions, scales, orientations and 256-bit descriptors,
-- in the byte format of hashing::features::encode. Computed on the device,
-- kept only here (the case database is encrypted), never shown or sent;
-- they leave the case only inside a hand-over the person makes. Originals
-- kept before this table existed have none and are matched by PDQ alone.

CREATE TABLE image_features (
    image_hash_id INTEGER PRIMARY KEY REFERENCES image_hashes(id),
    plain         BLOB NOT NULL,
    mirrored      BLOB NOT NULL
);
