//! Evidence files: encrypted on disk, decrypted only in memory.

use std::io::Read;
use std::path::Path;

use rusqlite::params;
use serde_json::json;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::checks::{check_text, code_of, ensure_exists, from_code, minor_refused};
use super::OpenCase;
use crate::hashing::document::read_verified_document;
use crate::vault::custody;
use crate::vault::fsutil::{format_utc, now_utc, parse_time};
use crate::vault::model::*;
use crate::{CoreError, CoreResult, ErrorKind};

impl OpenCase {
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
        let minor = self.info()?.stores_no_pictures();
        if minor && meta.kind.pictures_the_person() {
            return Err(minor_refused());
        }
        if let Some(url_id) = meta.url_id {
            ensure_exists(&self.conn, "urls", url_id)?;
        }
        let written = if minor {
            // Only a document whose content is verified to hold no picture.
            let (_, bytes) = read_verified_document(input)?;
            self.blobs.write(&bytes, &mut std::io::empty())?
        } else {
            self.blobs.write(&[], input)?
        };
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
            platform: None,
            added_at: now,
        };
        let blob = written.name;
        self.tx(|tx| insert_evidence(tx, &blob, record))
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
                "SELECT id, sha256, size, original_name, captured_at, captured_at_utc, kind, note, url_id, added_at, platform
                 FROM evidence WHERE removed_at IS NULL ORDER BY id",
            )?;
        let rows = stmt.query_map([], |r| {
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
                platform: r.get(10)?,
            })
        })?;
        rows.collect::<Result<_, _>>().map_err(CoreError::from)
    }

    /// The blob and SHA-256 of an evidence file still in the case (one
    /// taken out is `NotFound`: its file is gone).
    pub(crate) fn blob_name(&self, evidence_id: i64) -> CoreResult<(String, String)> {
        self.conn
            .query_row(
                "SELECT blob, sha256 FROM evidence WHERE id = ?1 AND removed_at IS NULL",
                [evidence_id],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .map_err(CoreError::from)
    }

    /// The decrypted bytes of an evidence file as a stream, decrypted 64 KiB
    /// at a time (never to disk), so an export copies a file of any size in
    /// little memory. The stream is not checked against the SHA-256 recorded
    /// when the file was added: whoever reads it hashes what it reads (the
    /// export does, and names a file that no longer matches).
    pub fn evidence_reader(&mut self, evidence_id: i64) -> CoreResult<impl Read + '_> {
        self.idle.touch();
        let (blob, _) = self.blob_name(evidence_id)?;
        self.blobs.reader(&blob)
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
}

/// Inserts the row of an evidence file already written to `blob`, with its
/// `evidence_added` custody entry (inside the caller's transaction).
pub(super) fn insert_evidence(
    tx: &rusqlite::Transaction<'_>,
    blob: &str,
    record: EvidenceRecord,
) -> CoreResult<EvidenceRecord> {
    tx.execute(
        "INSERT INTO evidence (blob, sha256, size, original_name, captured_at, captured_at_utc, kind, note, url_id, added_at, platform)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
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
            record.added_at,
            record.platform
        ],
    )?;
    let id = tx.last_insert_rowid();
    custody::append(
        tx,
        "evidence_added",
        &format!("evidence:{id}"),
        &json!({ "sha256": record.sha256, "size": record.size, "kind": record.kind, "captured_at": record.captured_at }),
    )?;
    Ok(EvidenceRecord { id, ..record })
}
