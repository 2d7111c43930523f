//! An unlocked case: the database connection, the evidence store and the case
//! key, all dropped (and zeroed) by [`OpenCase::lock`] or on drop.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use rusqlite::{params, Connection, OptionalExtension, Transaction};
use secrecy::{ExposeSecret, SecretString};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::blobs::{looks_like_picture, BlobStore};
use super::custody;
use super::db::{self, db_error};
use super::fsutil::{format_utc, now_utc, parse_time, random_bytes};
use super::header::{KeyHeader, Slot, SlotKind};
use super::kdf::{KdfParams, KdfStrength};
use super::keyring::{self as kr, KeyringConfig};
use super::keys::CaseKey;
use super::lock::{CaseLock, IdleTimer};
use super::model::*;
use crate::hashing::{CopiesSearch, HashedFile, MatchHashes, StoredOriginal};
use crate::{CoreError, CoreResult, ErrorKind};

/// Custody action of a kept search for copies.
const COPIES_SEARCHED: &str = "copies_searched";

/// Longest URL accepted (RFC 9110 §4.1 asks to support at least 8000 octets).
pub const MAX_URL_BYTES: usize = 8000;
/// Longest free text (notes, letters) accepted in one field.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;

/// An unlocked case. Only one process can hold a case open at a time.
pub struct OpenCase {
    pub(crate) code: String,
    pub(crate) dir: PathBuf,
    // Field order is drop order: the database closes before the lock is released.
    pub(crate) conn: Connection,
    pub(crate) blobs: BlobStore,
    pub(crate) key: CaseKey,
    pub(crate) keyring: Option<KeyringConfig>,
    idle: IdleTimer,
    _lock: CaseLock,
}

pub(crate) fn code_of<T: Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s,
        _ => String::new(),
    }
}

pub(crate) fn from_code<T: DeserializeOwned>(code: &str) -> rusqlite::Result<T> {
    serde_json::from_value(serde_json::Value::String(code.to_owned())).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(0, rusqlite::types::Type::Text, Box::new(e))
    })
}

fn check_text(field: &str, value: &Option<String>) -> CoreResult<()> {
    if let Some(v) = value {
        if v.len() > MAX_TEXT_BYTES {
            return Err(CoreError::new(
                ErrorKind::TooLarge,
                format!("{field} is too long"),
            ));
        }
    }
    Ok(())
}

fn check_time(field: &str, value: &Option<String>) -> CoreResult<()> {
    match value {
        Some(v) if parse_time(v).is_none() => Err(CoreError::invalid_input(format!(
            "{field} is not a date and time like 2026-11-23T17:05:00+01:00"
        ))),
        _ => Ok(()),
    }
}

pub(crate) fn check_new_case(case: &NewCase) -> CoreResult<()> {
    if case.label.trim().is_empty() {
        return Err(CoreError::invalid_input("the case needs a label"));
    }
    if !["en", "fr", "nl", "de"].contains(&case.language.as_str()) {
        return Err(CoreError::invalid_input(
            "language must be en, fr, nl or de",
        ));
    }
    for (field, value) in [
        ("label", &Some(case.label.clone())),
        ("contact name", &case.contact_name),
        ("contact e-mail", &case.contact_email),
        ("country", &case.country),
    ] {
        check_text(field, value)?;
    }
    if let Some(email) = &case.contact_email {
        if !email.contains('@') || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(CoreError::invalid_input(
                "the contact e-mail address does not look right",
            ));
        }
    }
    Ok(())
}

impl OpenCase {
    pub(crate) fn assemble(
        code: String,
        dir: PathBuf,
        conn: Connection,
        key: CaseKey,
        keyring: Option<KeyringConfig>,
        lock: CaseLock,
        idle_timeout: Option<Duration>,
    ) -> CoreResult<Self> {
        let identity_text: String = conn
            .query_row(
                "SELECT value FROM secrets WHERE name = 'evidence_identity'",
                [],
                |r| r.get(0),
            )
            .map_err(|_| {
                CoreError::new(ErrorKind::Corrupt, "the case's evidence key is missing")
            })?;
        let identity_text = Zeroizing::new(identity_text);
        let identity: age::x25519::Identity = identity_text.parse().map_err(|_| {
            CoreError::new(ErrorKind::Corrupt, "the case's evidence key is damaged")
        })?;
        let blobs = BlobStore::new(&dir, identity);
        let case = Self {
            code,
            dir,
            conn,
            blobs,
            key,
            keyring,
            idle: IdleTimer::new(idle_timeout),
            _lock: lock,
        };
        case.remove_orphans()?;
        Ok(case)
    }

    /// Removes blobs left by an interrupted import (file renamed, row never committed).
    fn remove_orphans(&self) -> CoreResult<usize> {
        let mut stmt = self
            .conn
            .prepare("SELECT blob FROM evidence")
            .map_err(db_error)?;
        let referenced: HashSet<String> = stmt
            .query_map([], |r| r.get(0))
            .map_err(db_error)?
            .collect::<Result<_, _>>()
            .map_err(db_error)?;
        self.blobs.remove_orphans(&referenced)
    }

    /// The opaque case code.
    pub fn code(&self) -> &str {
        &self.code
    }

    #[cfg(test)]
    pub(crate) fn dir(&self) -> &Path {
        &self.dir
    }

    /// Locks the case: closes the database, zeroes the keys, releases the lock file.
    pub fn lock(self) {
        drop(self);
    }

    /// "Delete everything now": closes the case and removes its whole folder
    /// (key slots, database, evidence). Without the key-slot header nothing in
    /// it can be decrypted again, even from leftover disk blocks.
    pub fn delete_forever(self) -> CoreResult<()> {
        let dir = self.dir.clone();
        let Self {
            conn, _lock: lock, ..
        } = self;
        drop(conn);
        // The header first: once it is gone the rest is unreadable.
        std::fs::remove_file(dir.join(super::header::HEADER_FILE))?;
        super::fsutil::sync_dir(&dir)?;
        drop(lock);
        std::fs::remove_dir_all(&dir)?;
        if let Some(parent) = dir.parent() {
            super::fsutil::sync_dir(parent)?;
        }
        Ok(())
    }

    /// Records activity for the idle auto-lock.
    pub fn touch(&mut self) {
        self.idle.touch();
    }

    /// Sets the idle auto-lock (`None` = off).
    pub fn set_idle_timeout(&mut self, timeout: Option<Duration>) {
        self.idle.set_timeout(timeout);
    }

    /// Time left before the idle auto-lock (the UI warns at 20 s); `None` if off.
    pub fn idle_remaining(&self) -> Option<Duration> {
        self.idle.remaining_at(SystemTime::now())
    }

    /// True when the shell should lock the case now.
    pub fn idle_expired(&self) -> bool {
        self.idle.expired_at(SystemTime::now())
    }

    fn tx<T>(&mut self, f: impl FnOnce(&Transaction) -> CoreResult<T>) -> CoreResult<T> {
        self.idle.touch();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(db_error)?;
        let value = f(&tx)?;
        tx.commit().map_err(db_error)?;
        Ok(value)
    }

    // ----- the case itself -------------------------------------------------

    pub fn info(&self) -> CoreResult<CaseInfo> {
        self.conn
            .query_row(
                "SELECT code, label, language, contact_name, contact_email, country, minor, created_at, updated_at
                 FROM case_info WHERE id = 1",
                [],
                |r| {
                    Ok(CaseInfo {
                        code: r.get(0)?,
                        label: r.get(1)?,
                        language: r.get(2)?,
                        contact_name: r.get(3)?,
                        contact_email: r.get(4)?,
                        country: r.get(5)?,
                        minor: r.get(6)?,
                        created_at: r.get(7)?,
                        updated_at: r.get(8)?,
                    })
                },
            )
            .map_err(db_error)
    }

    /// Changes the case's details. Marking the person as a minor removes every
    /// stored picture (screenshots, kept images, any file that is a picture).
    pub fn update_case(&mut self, update: &NewCase) -> CoreResult<CaseInfo> {
        check_new_case(update)?;
        let was_minor = self.info()?.minor;
        let pictures = if update.minor && !was_minor {
            self.picture_evidence()?
        } else {
            Vec::new()
        };
        let now = now_utc();
        let removed = self.tx(|tx| {
            tx.execute(
                "UPDATE case_info SET label = ?1, language = ?2, contact_name = ?3, contact_email = ?4,
                 country = ?5, minor = ?6, updated_at = ?7 WHERE id = 1",
                params![
                    update.label,
                    update.language,
                    update.contact_name,
                    update.contact_email,
                    update.country,
                    update.minor,
                    now
                ],
            )
            .map_err(db_error)?;
            custody::append(tx, "case_updated", "case", &json!({ "minor": update.minor }))?;
            let mut removed = Vec::new();
            for (id, blob, sha256) in &pictures {
                tx.execute("UPDATE image_hashes SET evidence_id = NULL WHERE evidence_id = ?1", [id])
                    .map_err(db_error)?;
                tx.execute("DELETE FROM evidence WHERE id = ?1", [id]).map_err(db_error)?;
                custody::append(
                    tx,
                    "evidence_removed",
                    &format!("evidence:{id}"),
                    &json!({ "sha256": sha256, "reason": "minor_images_refused" }),
                )?;
                removed.push(blob.clone());
            }
            Ok(removed)
        })?;
        if !removed.is_empty() {
            // The rows are gone; their files become orphans and are removed now.
            self.remove_orphans()?;
        }
        self.info()
    }

    /// (id, blob, sha256) of evidence that pictures the person.
    fn picture_evidence(&self) -> CoreResult<Vec<(i64, String, String)>> {
        let mut out = Vec::new();
        for e in self.evidence()? {
            let blob: String = self
                .conn
                .query_row("SELECT blob FROM evidence WHERE id = ?1", [e.id], |r| {
                    r.get(0)
                })
                .map_err(db_error)?;
            let is_picture = e.kind.pictures_the_person() || {
                let bytes = self.blobs.read(&blob)?;
                looks_like_picture(&bytes[..bytes.len().min(16)])
            };
            if is_picture {
                out.push((e.id, blob, e.sha256));
            }
        }
        Ok(out)
    }

    // ----- URLs ------------------------------------------------------------

    pub fn add_url(&mut self, url: &NewUrl) -> CoreResult<i64> {
        if url.original.trim().is_empty() {
            return Err(CoreError::invalid_input("the URL is empty"));
        }
        if url.original.len() > MAX_URL_BYTES {
            return Err(CoreError::new(
                ErrorKind::TooLarge,
                "the URL is longer than 8000 characters",
            ));
        }
        check_time("found_at", &url.found_at)?;
        for (f, v) in [
            ("normalised", &url.normalised),
            ("how found", &url.how_found),
            ("notes", &url.notes),
        ] {
            check_text(f, v)?;
        }
        let now = now_utc();
        self.tx(|tx| {
            tx.execute(
                "INSERT INTO urls (original, normalised, platform, kind, found_at, how_found, notes, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![url.original, url.normalised, url.platform, url.kind, url.found_at, url.how_found, url.notes, now],
            )
            .map_err(db_error)?;
            let id = tx.last_insert_rowid();
            tx.execute(
                "INSERT INTO url_status (url_id, at, status) VALUES (?1, ?2, ?3)",
                params![id, now, code_of(UrlStatus::Found)],
            )
            .map_err(db_error)?;
            custody::append(tx, "url_added", &format!("url:{id}"), &json!({ "original": url.original }))?;
            Ok(id)
        })
    }

    /// Appends a status to a URL's or a request's history, with its custody
    /// entry, in one transaction.
    fn record_status(
        &mut self,
        table: StatusTable,
        id: i64,
        status: String,
        note: Option<&str>,
    ) -> CoreResult<()> {
        let (owner_table, sql, event, subject) = match table {
            StatusTable::Url => (
                "urls",
                "INSERT INTO url_status (url_id, at, status, note) VALUES (?1, ?2, ?3, ?4)",
                "url_status",
                "url",
            ),
            StatusTable::Request => (
                "requests",
                "INSERT INTO request_status (request_id, at, status, note) VALUES (?1, ?2, ?3, ?4)",
                "request_status",
                "request",
            ),
        };
        let now = now_utc();
        self.tx(|tx| {
            ensure_exists(tx, owner_table, id)?;
            tx.execute(sql, params![id, now, status, note])
                .map_err(db_error)?;
            custody::append(
                tx,
                event,
                &format!("{subject}:{id}"),
                &json!({ "status": status }),
            )?;
            Ok(())
        })
    }

    pub fn set_url_status(
        &mut self,
        url_id: i64,
        status: UrlStatus,
        note: Option<&str>,
    ) -> CoreResult<()> {
        self.record_status(StatusTable::Url, url_id, code_of(status), note)
    }

    pub fn urls(&self) -> CoreResult<Vec<UrlRecord>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, original, normalised, platform, kind, found_at, how_found, notes, added_at FROM urls ORDER BY id")
            .map_err(db_error)?;
        let mut urls: Vec<UrlRecord> = stmt
            .query_map([], |r| {
                Ok(UrlRecord {
                    id: r.get(0)?,
                    original: r.get(1)?,
                    normalised: r.get(2)?,
                    platform: r.get(3)?,
                    kind: r.get(4)?,
                    found_at: r.get(5)?,
                    how_found: r.get(6)?,
                    notes: r.get(7)?,
                    added_at: r.get(8)?,
                    history: Vec::new(),
                })
            })
            .map_err(db_error)?
            .collect::<Result<_, _>>()
            .map_err(db_error)?;
        let mut stmt = self
            .conn
            .prepare("SELECT at, status, note FROM url_status WHERE url_id = ?1 ORDER BY id")
            .map_err(db_error)?;
        for url in &mut urls {
            url.history = stmt
                .query_map([url.id], |r| {
                    Ok(StatusEntry {
                        at: r.get(0)?,
                        status: from_code(&r.get::<_, String>(1)?)?,
                        note: r.get(2)?,
                    })
                })
                .map_err(db_error)?
                .collect::<Result<_, _>>()
                .map_err(db_error)?;
        }
        Ok(urls)
    }

    // ----- evidence --------------------------------------------------------

    /// Encrypts and stores an evidence file read from `input`. The file is on
    /// disk (synced) before its row commits; a crash in between leaves an
    /// orphan that the next open removes.
    pub fn add_evidence(
        &mut self,
        meta: &NewEvidence,
        input: &mut dyn Read,
    ) -> CoreResult<EvidenceRecord> {
        let captured_at = meta.captured_at.clone().unwrap_or_else(now_utc);
        let captured = parse_time(&captured_at).ok_or_else(|| {
            CoreError::invalid_input(
                "captured_at is not a date and time like 2026-11-23T17:05:00+01:00",
            )
        })?;
        check_text("note", &meta.note)?;
        check_text("original name", &meta.original_name)?;
        let minor = self.info()?.minor;
        if minor && meta.kind.pictures_the_person() {
            return Err(minor_refused());
        }
        if let Some(url_id) = meta.url_id {
            ensure_exists(&self.conn, "urls", url_id)?;
        }
        let mut head = Zeroizing::new(vec![0u8; 16]);
        let mut filled = 0;
        while filled < head.len() {
            match input.read(&mut head[filled..])? {
                0 => break,
                n => filled += n,
            }
        }
        head.truncate(filled);
        if minor && looks_like_picture(&head) {
            return Err(minor_refused());
        }
        let written = self.blobs.write(&head, input)?;
        let now = now_utc();
        let record = EvidenceRecord {
            id: 0,
            sha256: written.sha256.clone(),
            size: written.size as i64,
            original_name: meta.original_name.clone(),
            captured_at,
            captured_at_utc: format_utc(captured),
            kind: meta.kind,
            note: meta.note.clone(),
            url_id: meta.url_id,
            added_at: now,
        };
        let blob = written.name;
        self.tx(|tx| {
            tx.execute(
                "INSERT INTO evidence (blob, sha256, size, original_name, captured_at, captured_at_utc, kind, note, url_id, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
                params![
                    blob,
                    record.sha256,
                    record.size,
                    record.original_name,
                    record.captured_at,
                    record.captured_at_utc,
                    code_of(record.kind),
                    record.note,
                    record.url_id,
                    record.added_at
                ],
            )
            .map_err(db_error)?;
            let id = tx.last_insert_rowid();
            custody::append(
                tx,
                "evidence_added",
                &format!("evidence:{id}"),
                &json!({ "sha256": record.sha256, "size": record.size, "kind": record.kind, "captured_at": record.captured_at }),
            )?;
            Ok(EvidenceRecord { id, ..record })
        })
    }

    /// Adds the file at `path` as evidence; its file name is kept as `original_name`
    /// unless `meta` gives one.
    pub fn add_evidence_file(
        &mut self,
        path: &Path,
        meta: &NewEvidence,
    ) -> CoreResult<EvidenceRecord> {
        let mut file = std::fs::File::open(path)?;
        let mut meta = meta.clone();
        if meta.original_name.is_none() {
            meta.original_name = path.file_name().map(|n| n.to_string_lossy().into_owned());
        }
        self.add_evidence(&meta, &mut file)
    }

    pub fn evidence(&self) -> CoreResult<Vec<EvidenceRecord>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT id, sha256, size, original_name, captured_at, captured_at_utc, kind, note, url_id, added_at
                 FROM evidence ORDER BY id",
            )
            .map_err(db_error)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(EvidenceRecord {
                    id: r.get(0)?,
                    sha256: r.get(1)?,
                    size: r.get(2)?,
                    original_name: r.get(3)?,
                    captured_at: r.get(4)?,
                    captured_at_utc: r.get(5)?,
                    kind: from_code(&r.get::<_, String>(6)?)?,
                    note: r.get(7)?,
                    url_id: r.get(8)?,
                    added_at: r.get(9)?,
                })
            })
            .map_err(db_error)?;
        rows.collect::<Result<_, _>>().map_err(db_error)
    }

    pub(crate) fn blob_name(&self, evidence_id: i64) -> CoreResult<(String, String)> {
        self.conn
            .query_row(
                "SELECT blob, sha256 FROM evidence WHERE id = ?1",
                [evidence_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(db_error)
    }

    /// The decrypted bytes of an evidence file, in memory only, checked against
    /// the SHA-256 recorded when it was added.
    pub fn evidence_bytes(&mut self, evidence_id: i64) -> CoreResult<Zeroizing<Vec<u8>>> {
        self.idle.touch();
        let (blob, sha256) = self.blob_name(evidence_id)?;
        let bytes = self.blobs.read(&blob)?;
        if hex::encode(Sha256::digest(bytes.as_slice())) != sha256 {
            return Err(CoreError::new(
                ErrorKind::Corrupt,
                "an evidence file no longer matches its hash",
            ));
        }
        Ok(bytes)
    }

    // ----- image hashes ----------------------------------------------------

    pub fn add_image_hash(&mut self, h: &NewImageHash) -> CoreResult<i64> {
        self.insert_image_hash(h, None)
    }

    fn insert_image_hash(
        &mut self,
        h: &NewImageHash,
        matching: Option<&MatchHashes>,
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
            )
            .map_err(db_error)?;
            let id = tx.last_insert_rowid();
            if let Some(m) = matching {
                let (dihedral, crops) = m.encode();
                tx.execute(
                    "INSERT INTO image_match_hashes (image_hash_id, dihedral, crops) VALUES (?1, ?2, ?3)",
                    params![id, dihedral, crops],
                )
                .map_err(db_error)?;
            }
            custody::append(tx, "image_hash_added", &format!("image_hash:{id}"), &json!({ "sha256": h.sha256.to_ascii_lowercase(), "pdq": h.pdq }))?;
            Ok(id)
        })
    }

    pub fn image_hashes(&self) -> CoreResult<Vec<ImageHashRecord>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, label, sha256, md5, pdq, pdq_quality, phash, dhash, width, height, evidence_id, added_at FROM image_hashes ORDER BY id")
            .map_err(db_error)?;
        let rows = stmt
            .query_map([], |r| {
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
            })
            .map_err(db_error)?;
        rows.collect::<Result<_, _>>().map_err(db_error)
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
                "SELECT id FROM image_hashes WHERE sha256 = ?1 ORDER BY id LIMIT 1",
                params![sha256],
                |r| r.get(0),
            )
            .optional()
            .map_err(db_error)?;
        if let Some(id) = existing {
            return Ok(AddedImage::AlreadyKept(id));
        }
        let count: i64 = self
            .conn
            .query_row("SELECT count(*) FROM image_hashes", [], |r| r.get(0))
            .map_err(db_error)?;
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
        self.insert_image_hash(&new, matching.as_ref())
            .map(AddedImage::Added)
    }

    /// The originals as the copy search needs them: name, quality, PDQ and
    /// the matching hashes when they were kept.
    pub fn stored_originals(&self) -> CoreResult<Vec<StoredOriginal>> {
        let mut stmt = self
            .conn
            .prepare(
                "SELECT h.id, h.label, h.pdq, h.pdq_quality, m.dihedral, m.crops
                 FROM image_hashes h LEFT JOIN image_match_hashes m ON m.image_hash_id = h.id
                 ORDER BY h.id",
            )
            .map_err(db_error)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    r.get::<_, Option<String>>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, Option<i64>>(3)?,
                    r.get::<_, Option<String>>(4)?,
                    r.get::<_, Option<String>>(5)?,
                ))
            })
            .map_err(db_error)?;
        let mut out = Vec::new();
        for row in rows {
            let (id, label, pdq, quality, dihedral, crops) = row.map_err(db_error)?;
            let matching = match (dihedral, crops) {
                (Some(d), Some(c)) => Some(MatchHashes::decode(&d, &c)?),
                _ => None,
            };
            out.push(StoredOriginal {
                id,
                label: label.unwrap_or_else(|| format!("#{id}")),
                quality: quality.map(|q| q.clamp(0, 100) as u8),
                pdq: pdq.as_deref().map(str::parse).transpose()?,
                matching,
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
            .optional()
            .map_err(db_error)?;
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

    // ----- removal requests ------------------------------------------------

    pub fn add_request(&mut self, req: &NewRequest) -> CoreResult<i64> {
        if req.platform.trim().is_empty() {
            return Err(CoreError::invalid_input("the request needs a platform"));
        }
        check_text("subject", &req.subject)?;
        check_text("body", &req.body)?;
        check_time("deadline", &req.deadline)?;
        for url_id in &req.url_ids {
            ensure_exists(&self.conn, "urls", *url_id)?;
        }
        let now = now_utc();
        let legal = serde_json::to_string(&req.legal_bases)
            .map_err(|e| CoreError::internal(e.to_string()))?;
        self.tx(|tx| {
            tx.execute(
                "INSERT INTO requests (platform, channel, legal_bases, language, subject, body, deadline, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![req.platform, req.channel.to_string(), legal, req.language, req.subject, req.body, req.deadline, now],
            )
            .map_err(db_error)?;
            let id = tx.last_insert_rowid();
            for url_id in &req.url_ids {
                tx.execute("INSERT OR IGNORE INTO request_urls (request_id, url_id) VALUES (?1, ?2)", params![id, url_id])
                    .map_err(db_error)?;
            }
            tx.execute(
                "INSERT INTO request_status (request_id, at, status) VALUES (?1, ?2, ?3)",
                params![id, now, code_of(RequestStatus::Draft)],
            )
            .map_err(db_error)?;
            custody::append(
                tx,
                "request_added",
                &format!("request:{id}"),
                &json!({ "platform": req.platform, "url_ids": req.url_ids, "legal_bases": req.legal_bases }),
            )?;
            Ok(id)
        })
    }

    /// Records a new status (sent, acknowledged, removed, …). To keep the text
    /// exactly as sent, call [`OpenCase::set_request_text`] before marking it `sent`.
    pub fn set_request_status(
        &mut self,
        request_id: i64,
        status: RequestStatus,
        note: Option<&str>,
    ) -> CoreResult<()> {
        self.record_status(StatusTable::Request, request_id, code_of(status), note)
    }

    /// Replaces the subject and body (e.g. the person edited the letter before sending).
    pub fn set_request_text(
        &mut self,
        request_id: i64,
        subject: Option<&str>,
        body: Option<&str>,
    ) -> CoreResult<()> {
        check_text("subject", &subject.map(str::to_owned))?;
        check_text("body", &body.map(str::to_owned))?;
        self.tx(|tx| {
            ensure_exists(tx, "requests", request_id)?;
            tx.execute(
                "UPDATE requests SET subject = ?1, body = ?2 WHERE id = ?3",
                params![subject, body, request_id],
            )
            .map_err(db_error)?;
            let digest = hex::encode(Sha256::digest(format!(
                "{}\n{}",
                subject.unwrap_or(""),
                body.unwrap_or("")
            )));
            custody::append(
                tx,
                "request_text",
                &format!("request:{request_id}"),
                &json!({ "text_sha256": digest }),
            )?;
            Ok(())
        })
    }

    pub fn add_ticket(&mut self, request_id: i64, ticket: &str) -> CoreResult<()> {
        if ticket.trim().is_empty() || ticket.len() > 1000 {
            return Err(CoreError::invalid_input(
                "the ticket number is empty or too long",
            ));
        }
        let now = now_utc();
        self.tx(|tx| {
            ensure_exists(tx, "requests", request_id)?;
            tx.execute(
                "INSERT INTO request_tickets (request_id, ticket, added_at) VALUES (?1, ?2, ?3)",
                params![request_id, ticket, now],
            )
            .map_err(db_error)?;
            custody::append(
                tx,
                "ticket_added",
                &format!("request:{request_id}"),
                &json!({ "ticket": ticket }),
            )?;
            Ok(())
        })
    }

    pub fn set_deadline(&mut self, request_id: i64, deadline: Option<&str>) -> CoreResult<()> {
        check_time("deadline", &deadline.map(str::to_owned))?;
        self.tx(|tx| {
            ensure_exists(tx, "requests", request_id)?;
            tx.execute(
                "UPDATE requests SET deadline = ?1 WHERE id = ?2",
                params![deadline, request_id],
            )
            .map_err(db_error)?;
            custody::append(
                tx,
                "deadline_set",
                &format!("request:{request_id}"),
                &json!({ "deadline": deadline }),
            )?;
            Ok(())
        })
    }

    pub fn requests(&self) -> CoreResult<Vec<RequestRecord>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, platform, channel, legal_bases, language, subject, body, deadline, created_at FROM requests ORDER BY id")
            .map_err(db_error)?;
        let mut out: Vec<RequestRecord> = stmt
            .query_map([], |r| {
                let channel: String = r.get(2)?;
                let legal: String = r.get(3)?;
                Ok(RequestRecord {
                    id: r.get(0)?,
                    platform: r.get(1)?,
                    channel: serde_json::from_str(&channel)
                        .unwrap_or(serde_json::Value::String(channel)),
                    legal_bases: serde_json::from_str(&legal).unwrap_or_default(),
                    language: r.get(4)?,
                    subject: r.get(5)?,
                    body: r.get(6)?,
                    url_ids: Vec::new(),
                    deadline: r.get(7)?,
                    tickets: Vec::new(),
                    created_at: r.get(8)?,
                    history: Vec::new(),
                })
            })
            .map_err(db_error)?
            .collect::<Result<_, _>>()
            .map_err(db_error)?;
        for req in &mut out {
            req.url_ids = column(
                &self.conn,
                "SELECT url_id FROM request_urls WHERE request_id = ?1 ORDER BY url_id",
                req.id,
            )?;
            req.tickets = column(
                &self.conn,
                "SELECT ticket FROM request_tickets WHERE request_id = ?1 ORDER BY id",
                req.id,
            )?;
            let mut stmt = self
                .conn
                .prepare(
                    "SELECT at, status, note FROM request_status WHERE request_id = ?1 ORDER BY id",
                )
                .map_err(db_error)?;
            req.history = stmt
                .query_map([req.id], |r| {
                    Ok(StatusEntry {
                        at: r.get(0)?,
                        status: from_code(&r.get::<_, String>(1)?)?,
                        note: r.get(2)?,
                    })
                })
                .map_err(db_error)?
                .collect::<Result<_, _>>()
                .map_err(db_error)?;
        }
        Ok(out)
    }

    // ----- StopNCII / Take It Down -----------------------------------------

    pub fn add_hash_service_case(&mut self, c: &NewHashServiceCase) -> CoreResult<i64> {
        if c.case_number.trim().is_empty() || c.case_number.len() > 200 {
            return Err(CoreError::invalid_input(
                "the case number is empty or too long",
            ));
        }
        check_time("submitted_at", &c.submitted_at)?;
        check_text("note", &c.note)?;
        let now = now_utc();
        self.tx(|tx| {
            tx.execute(
                "INSERT INTO hash_service_cases (service, case_number, submitted_at, note, added_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![code_of(c.service), c.case_number, c.submitted_at, c.note, now],
            )
            .map_err(db_error)?;
            let id = tx.last_insert_rowid();
            custody::append(tx, "hash_service_case_added", &format!("hash_service_case:{id}"), &json!({ "service": c.service }))?;
            Ok(id)
        })
    }

    pub fn hash_service_cases(&self) -> CoreResult<Vec<HashServiceRecord>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, service, case_number, submitted_at, note, added_at FROM hash_service_cases ORDER BY id")
            .map_err(db_error)?;
        let rows = stmt
            .query_map([], |r| {
                Ok(HashServiceRecord {
                    id: r.get(0)?,
                    service: from_code(&r.get::<_, String>(1)?)?,
                    case_number: r.get(2)?,
                    submitted_at: r.get(3)?,
                    note: r.get(4)?,
                    added_at: r.get(5)?,
                })
            })
            .map_err(db_error)?;
        rows.collect::<Result<_, _>>().map_err(db_error)
    }

    // ----- custody, snapshot, verify ---------------------------------------

    pub fn custody_log(&self) -> CoreResult<Vec<CustodyEntry>> {
        custody::entries(&self.conn)
    }

    /// Appends an entry for an action taken outside the vault (e.g. "report_exported").
    pub fn record_custody(
        &mut self,
        action: &str,
        subject: &str,
        details: &serde_json::Value,
    ) -> CoreResult<CustodyEntry> {
        if action.is_empty() || action.len() > 100 || subject.len() > 200 {
            return Err(CoreError::invalid_input(
                "custody action or subject is empty or too long",
            ));
        }
        self.tx(|tx| custody::append(tx, action, subject, details))
    }

    /// Everything in the case except evidence bytes.
    pub fn snapshot(&self) -> CoreResult<CaseSnapshot> {
        Ok(CaseSnapshot {
            case: self.info()?,
            urls: self.urls()?,
            evidence: self.evidence()?,
            image_hashes: self.image_hashes()?,
            requests: self.requests()?,
            hash_service_cases: self.hash_service_cases()?,
            custody: self.custody_log()?,
        })
    }

    /// Checks the database (quick_check, cipher_integrity_check), every
    /// evidence file against its SHA-256 and size, and the custody chain.
    pub fn verify(&mut self) -> CoreResult<VerifyReport> {
        self.idle.touch();
        let mut problems = db::integrity_problems(&self.conn)?;
        let evidence = self.evidence()?;
        for e in &evidence {
            let (blob, _) = self.blob_name(e.id)?;
            match self.blobs.hash(&blob) {
                Ok((sha, size)) if sha == e.sha256 && size as i64 == e.size => {}
                Ok(_) => problems.push(format!("evidence {} no longer matches its SHA-256", e.id)),
                Err(err) => problems.push(format!("evidence {}: {}", e.id, err.message)),
            }
        }
        let entries = self.custody_log()?;
        problems.extend(custody::verify_chain(&entries));
        Ok(VerifyReport {
            ok: problems.is_empty(),
            evidence_checked: evidence.len(),
            custody_entries: entries.len(),
            problems,
        })
    }

    // ----- key slots -------------------------------------------------------

    fn header(&self) -> CoreResult<KeyHeader> {
        KeyHeader::load(&self.dir)
    }

    /// Which slots can open this case.
    pub fn slots(&self) -> CoreResult<Vec<SlotKind>> {
        Ok(self.header()?.kinds())
    }

    /// Sets (or replaces) the passphrase.
    pub fn set_passphrase(
        &mut self,
        passphrase: &SecretString,
        strength: KdfStrength,
    ) -> CoreResult<()> {
        check_passphrase(passphrase)?;
        let kdf = KdfParams::for_new_slot(strength)?;
        let mut header = self.header()?;
        header.put(Slot::passphrase(
            &self.code,
            passphrase.expose_secret().as_bytes(),
            kdf,
            &self.key,
        )?);
        header.save(&self.dir)?;
        self.tx(|tx| custody::append(tx, "passphrase_set", "case", &json!({})).map(|_| ()))
    }

    /// Creates a recovery code (shown once; write it down) and its slot.
    pub fn add_recovery_code(&mut self) -> CoreResult<SecretString> {
        let code = recovery_code_text(&random_bytes::<16>());
        // A 128-bit random code needs little stretching; the floor still applies.
        let kdf = KdfParams::for_new_slot(KdfStrength::Floor)?;
        let mut header = self.header()?;
        header.put(Slot::recovery(
            &self.code,
            normalise_recovery(&code).as_bytes(),
            kdf,
            &self.key,
        )?);
        header.save(&self.dir)?;
        self.tx(|tx| custody::append(tx, "recovery_code_set", "case", &json!({})).map(|_| ()))?;
        Ok(SecretString::from(code))
    }

    /// Adds (or refreshes) the OS keyring slot. Fails with `KeyringUnavailable`
    /// when the vault was opened without keyring or the keyring does not work.
    pub fn enable_keyring(&mut self) -> CoreResult<()> {
        let config = self.keyring.clone().ok_or_else(|| {
            CoreError::new(
                ErrorKind::KeyringUnavailable,
                "the keyring is not used in this session",
            )
        })?;
        if let kr::KeyringStatus::Unavailable { reason } = kr::probe(&config) {
            return Err(CoreError::new(ErrorKind::KeyringUnavailable, reason));
        }
        let kek = kr::device_kek_or_create(&config)?;
        let mut header = self.header()?;
        header.put(Slot::keyring(
            &self.code,
            &config.service,
            &config.user,
            &kek,
            &self.key,
        ));
        header.save(&self.dir)?;
        Ok(())
    }

    /// Removes the keyring slot (a passphrase must remain).
    pub fn disable_keyring(&mut self) -> CoreResult<()> {
        let mut header = self.header()?;
        if !header.has(SlotKind::Passphrase) {
            return Err(CoreError::invalid_input(
                "set a passphrase first, or the case could not be opened again",
            ));
        }
        header.slots.retain(|s| s.kind() != SlotKind::Keyring);
        header.save(&self.dir)
    }
}

fn minor_refused() -> CoreError {
    CoreError::new(
        ErrorKind::MinorImagesRefused,
        "the person in the images was under 18: Reclaim does not store images or screenshots of them",
    )
}

fn ensure_exists(conn: &Connection, table: &str, id: i64) -> CoreResult<()> {
    let found = conn
        .query_row(
            &format!("SELECT 1 FROM {table} WHERE id = ?1"),
            [id],
            |_| Ok(()),
        )
        .optional()
        .map_err(db_error)?;
    found.ok_or_else(|| {
        CoreError::new(
            ErrorKind::NotFound,
            format!(
                "no {} with id {id} in this case",
                table.trim_end_matches('s')
            ),
        )
    })
}

fn column<T: rusqlite::types::FromSql>(
    conn: &Connection,
    sql: &str,
    id: i64,
) -> CoreResult<Vec<T>> {
    let mut stmt = conn.prepare(sql).map_err(db_error)?;
    let rows = stmt.query_map([id], |r| r.get(0)).map_err(db_error)?;
    rows.collect::<Result<_, _>>().map_err(db_error)
}

/// Minimum passphrase length, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// Refuses a passphrase shorter than [`MIN_PASSPHRASE_CHARS`] (case keys and hand-over files).
pub fn check_passphrase(p: &SecretString) -> CoreResult<()> {
    if p.expose_secret().chars().count() < MIN_PASSPHRASE_CHARS {
        return Err(CoreError::invalid_input(
            "the passphrase needs at least 8 characters",
        ));
    }
    Ok(())
}

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// Crockford base32 of `bytes`, in groups of four.
pub(crate) fn base32_groups(bytes: &[u8], chars: usize) -> String {
    let mut bits: u64 = 0;
    let mut nbits = 0;
    let mut out = String::new();
    let mut iter = bytes.iter();
    while out.chars().filter(|c| *c != '-').count() < chars {
        if nbits < 5 {
            bits = (bits << 8) | u64::from(*iter.next().unwrap_or(&0));
            nbits += 8;
        }
        nbits -= 5;
        let idx = ((bits >> nbits) & 31) as usize;
        let count = out.chars().filter(|c| *c != '-').count();
        if count > 0 && count % 4 == 0 {
            out.push('-');
        }
        out.push(CROCKFORD[idx] as char);
    }
    out
}

fn recovery_code_text(bytes: &[u8; 16]) -> String {
    base32_groups(bytes, 26)
}

/// Upper-cases and drops separators and spaces, maps look-alikes (O→0, I/L→1).
pub(crate) fn normalise_recovery(code: &str) -> Zeroizing<String> {
    Zeroizing::new(
        code.chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                other => other,
            })
            .collect(),
    )
}

/// The two status histories a case keeps.
#[derive(Clone, Copy)]
enum StatusTable {
    Url,
    Request,
}
