//! Hashes of the person's images (never the images) and kept searches for copies.

use rusqlite::{params, OptionalExtension};
use serde_json::json;

use super::checks::ensure_exists;
use super::OpenCase;
use crate::hashing::features::{encode, ImageFeatures};
use crate::hashing::{CopiesSearch, HashedFile, MatchHashes, StoredOriginal};
use crate::vault::custody;
use crate::vault::fsutil::now_utc;
use crate::vault::model::*;
use crate::{CoreError, CoreResult, ErrorKind};

/// Custody action of a kept search for copies.
const COPIES_SEARCHED: &str = "copies_searched";

impl OpenCase {
    pub fn add_image_hash(&mut self, h: &NewImageHash) -> CoreResult<i64> {
        self.insert_image_hash(h, None, None)
    }

    fn insert_image_hash(
        &mut self,
        h: &NewImageHash,
        matching: Option<&MatchHashes>,
        features: Option<&ImageFeatures>,
    ) -> CoreResult<i64> {
        if h.sha256.len() != 64 || !h.sha256.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(CoreError::invalid_input("sha256 must be 64 hex characters"));
        }
        if let Some(eid) = h.evidence_id {
            ensure_exists(&self.conn, "evidence", eid)?;
        }
        let now = now_utc();
        self.tx(|tx| {
            tx.execute(
                "INSERT INTO image_hashes (label, sha256, md5, pdq, pdq_quality, phash, dhash, width, height, evidence_id, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
                params![h.label, h.sha256.to_ascii_lowercase(), h.md5, h.pdq, h.pdq_quality, h.phash, h.dhash, h.width, h.height, h.evidence_id, now],
            )?;
            let id = tx.last_insert_rowid();
            if let Some(m) = matching {
                let (dihedral, crops) = m.encode();
                tx.execute(
                    "INSERT INTO image_match_hashes (image_hash_id, dihedral, crops) VALUES (?1, ?2, ?3)",
                    params![id, dihedral, crops],
                )?;
            }
            if let Some(ImageFeatures {
                plain,
                mirrored: Some(mirrored),
            }) = features
            {
                tx.execute(
                    "INSERT INTO image_features (image_hash_id, plain, mirrored) VALUES (?1, ?2, ?3)",
                    params![id, encode::to_bytes(plain), encode::to_bytes(mirrored)],
                )?;
            }
            custody::append(tx, "image_hash_added", &format!("image_hash:{id}"), &json!({ "sha256": h.sha256.to_ascii_lowercase(), "pdq": h.pdq }))?;
            Ok(id)
        })
    }

    pub fn image_hashes(&self) -> CoreResult<Vec<ImageHashRecord>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, label, sha256, md5, pdq, pdq_quality, phash, dhash, width, height, evidence_id, added_at FROM image_hashes WHERE removed_at IS NULL ORDER BY id")?;
        let rows = stmt.query_map([], |r| {
            Ok(ImageHashRecord {
                id: r.get(0)?,
                label: r.get(1)?,
                sha256: r.get(2)?,
                md5: r.get(3)?,
                pdq: r.get(4)?,
                pdq_quality: r.get(5)?,
                phash: r.get(6)?,
                dhash: r.get(7)?,
                width: r.get(8)?,
                height: r.get(9)?,
                evidence_id: r.get(10)?,
                added_at: r.get(11)?,
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(CoreError::from)
    }

    /// Keeps the hashes of one image the person picked (never the image):
    /// SHA-256, MD5, PDQ + quality, pHash, dHash, and what finding its
    /// copies later needs ([`MatchHashes`]). Named `"{name_word} N"` (N =
    /// its number in the case), never after the file. An image already kept
    /// (same SHA-256) is not kept twice. A file with an error is refused with
    /// that error.
    pub fn add_hashed_image(&mut self, name_word: &str, h: &HashedFile) -> CoreResult<AddedImage> {
        if let Some(e) = &h.hashes.error {
            return Err(e.clone());
        }
        let Some(sha256) = h.hashes.sha256.clone() else {
            return Err(CoreError::internal("the file has no SHA-256"));
        };
        let name_word = name_word.trim();
        if name_word.is_empty() || name_word.len() > 100 {
            return Err(CoreError::invalid_input(
                "the image name is empty or too long",
            ));
        }
        let existing: Option<i64> = self
            .conn
            .query_row(
                "SELECT id FROM image_hashes WHERE sha256 = ?1 AND removed_at IS NULL ORDER BY id LIMIT 1",
                params![sha256],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(id) = existing {
            return Ok(AddedImage::AlreadyKept(id));
        }
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM image_hashes", [], |r| r.get(0))?;
        let f = &h.hashes;
        let new = NewImageHash {
            label: Some(format!("{name_word} {}", count + 1)),
            sha256,
            md5: f.md5.clone(),
            pdq: f.pdq.clone(),
            pdq_quality: f.pdq_quality.map(i64::from),
            phash: f.phash.clone(),
            dhash: f.dhash.clone(),
            width: f.width.map(i64::from),
            height: f.height.map(i64::from),
            evidence_id: None,
        };
        let matching = MatchHashes::from_hashed(h);
        self.insert_image_hash(&new, matching.as_ref(), h.features.as_ref())
            .map(AddedImage::Added)
    }

    /// The originals as the copy search needs them: name, quality, PDQ, and
    /// the matching hashes and local features when they were kept.
    pub fn stored_originals(&self) -> CoreResult<Vec<StoredOriginal>> {
        let mut stmt = self.conn.prepare(
            "SELECT h.id, h.label, h.pdq, h.pdq_quality, m.dihedral, m.crops, f.plain, f.mirrored
                 FROM image_hashes h
                 LEFT JOIN image_match_hashes m ON m.image_hash_id = h.id
                 LEFT JOIN image_features f ON f.image_hash_id = h.id
                 WHERE h.removed_at IS NULL
                 ORDER BY h.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, Option<String>>(1)?,
                r.get::<_, Option<String>>(2)?,
                r.get::<_, Option<i64>>(3)?,
                r.get::<_, Option<String>>(4)?,
                r.get::<_, Option<String>>(5)?,
                r.get::<_, Option<Vec<u8>>>(6)?,
                r.get::<_, Option<Vec<u8>>>(7)?,
            ))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, label, pdq, quality, dihedral, crops, plain, mirrored) = row?;
            let matching = match (dihedral, crops) {
                (Some(d), Some(c)) => Some(MatchHashes::decode(&d, &c)?),
                _ => None,
            };
            let features = match (plain, mirrored) {
                (Some(p), Some(m)) => Some(ImageFeatures {
                    plain: encode::from_bytes(&p)?,
                    mirrored: Some(encode::from_bytes(&m)?),
                }),
                _ => None,
            };
            out.push(StoredOriginal {
                id,
                label: label.unwrap_or_else(|| format!("#{id}")),
                quality: quality.map(|q| q.clamp(0, 100) as u8),
                pdq: pdq.as_deref().map(str::parse).transpose()?,
                matching,
                features,
            });
        }
        Ok(out)
    }

    /// Keeps the outcome of a search for copies in the custody log (file
    /// names, folders and SHA-256 of the copies; never images), so it is
    /// still there after "continue later". Returns it with its time.
    pub fn keep_copies_search(&mut self, search: &CopiesSearch) -> CoreResult<CopiesSearch> {
        let mut kept = search.clone();
        kept.at = Some(now_utc());
        let details =
            serde_json::to_value(&kept).map_err(|e| CoreError::internal(e.to_string()))?;
        self.tx(|tx| custody::append(tx, COPIES_SEARCHED, "copies", &details))?;
        Ok(kept)
    }

    /// The last search for copies kept in this case, if any.
    pub fn last_copies_search(&self) -> CoreResult<Option<CopiesSearch>> {
        let details: Option<String> = self
            .conn
            .query_row(
                "SELECT details FROM custody WHERE action = ?1 ORDER BY seq DESC LIMIT 1",
                params![COPIES_SEARCHED],
                |r| r.get(0),
            )
            .optional()?;
        details
            .map(|d| {
                serde_json::from_str(&d).map_err(|e| {
                    CoreError::new(
                        ErrorKind::Corrupt,
                        format!("a kept copy search is damaged: {e}"),
                    )
                })
            })
            .transpose()
    }
}

/// What finding copies of one original needs, as a hand-over carries it
/// (inside the encrypted export only): its matching hashes and its local
/// features (hex of [`encode::to_bytes`], the image and its mirror image).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct OriginalMatching {
    pub image_hash_id: i64,
    /// The 8 dihedral PDQ hashes and the crop windows' ([`MatchHashes::encode`]).
    pub hashes: Option<(String, String)>,
    pub features: Option<(String, String)>,
}

impl OpenCase {
    /// The matching hashes and local features of every original that has
    /// them, for a hand-over.
    pub(crate) fn originals_matching(&self) -> CoreResult<Vec<OriginalMatching>> {
        let mut stmt = self.conn.prepare(
            "SELECT h.id, m.dihedral, m.crops, f.plain, f.mirrored
                 FROM image_hashes h
                 LEFT JOIN image_match_hashes m ON m.image_hash_id = h.id
                 LEFT JOIN image_features f ON f.image_hash_id = h.id
                 WHERE h.removed_at IS NULL AND (m.image_hash_id IS NOT NULL OR f.image_hash_id IS NOT NULL)
                 ORDER BY h.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(OriginalMatching {
                image_hash_id: r.get(0)?,
                hashes: r
                    .get::<_, Option<String>>(1)?
                    .zip(r.get::<_, Option<String>>(2)?),
                features: r
                    .get::<_, Option<Vec<u8>>>(3)?
                    .zip(r.get::<_, Option<Vec<u8>>>(4)?)
                    .map(|(p, m)| (hex::encode(p), hex::encode(m))),
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(CoreError::from)
    }
}

/// Keeps `m` (from a hand-over file, so not trusted: every part is read
/// back before it is kept) for the original it names.
pub(crate) fn insert_original_matching(
    tx: &rusqlite::Transaction,
    m: &OriginalMatching,
) -> CoreResult<()> {
    ensure_exists(tx, "image_hashes", m.image_hash_id)?;
    if let Some((dihedral, crops)) = &m.hashes {
        MatchHashes::decode(dihedral, crops)?;
        tx.execute(
            "INSERT INTO image_match_hashes (image_hash_id, dihedral, crops) VALUES (?1, ?2, ?3)",
            params![m.image_hash_id, dihedral, crops],
        )?;
    }
    if let Some((plain, mirrored)) = &m.features {
        let bytes = |text: &str| -> CoreResult<Vec<u8>> {
            let b = hex::decode(text).map_err(|_| {
                CoreError::new(ErrorKind::Corrupt, "stored image features are damaged")
            })?;
            encode::from_bytes(&b)?;
            Ok(b)
        };
        tx.execute(
            "INSERT INTO image_features (image_hash_id, plain, mirrored) VALUES (?1, ?2, ?3)",
            params![m.image_hash_id, bytes(plain)?, bytes(mirrored)?],
        )?;
    }
    Ok(())
}
