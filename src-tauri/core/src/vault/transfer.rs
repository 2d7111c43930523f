//! Handing a case over: an encrypted export (age, passphrase) of everything in
//! the case, importable on another device as a new case with new keys.
//!
//! The export is a standard age file (any `age`/`rage` tool can decrypt it).
//! Inside: a first line `RECLAIM-CASE-EXPORT 1`, an 8-byte big-endian length,
//! a JSON manifest (the [`CaseSnapshot`]), then each evidence file's bytes in
//! manifest order. The custody log travels verbatim and keeps its chain.

use std::fs::File;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::Path;

use rusqlite::{params, Transaction};
use secrecy::{ExposeSecret, SecretString};
use serde::{Deserialize, Serialize};
use serde_json::json;
use sha2::{Digest, Sha256};

use super::case::{checked_url, code_of, insert_original_matching, OpenCase, OriginalMatching};
use super::codes::check_passphrase;
use super::custody;
use super::fsutil::{now_utc, random_name, sync_dir};
use super::model::{CaseSnapshot, NewCase};
use super::{CreateOptions, Vault};
use crate::hashing::document::read_verified_document;
use crate::{CoreError, CoreResult, ErrorKind};

const MAGIC: &[u8] = b"RECLAIM-CASE-EXPORT 1\n";
/// A manifest larger than this is refused on import (hostile file).
const MAX_MANIFEST: u64 = 256 * 1024 * 1024;

#[derive(Debug, Clone, Serialize, Deserialize, ts_rs::TS)]
#[ts(export)]
pub struct ExportReport {
    pub code: String,
    pub evidence_files: usize,
    /// Size of the export file in bytes.
    #[ts(type = "number")]
    pub bytes: u64,
}

#[derive(Serialize, Deserialize)]
struct Manifest {
    exported_at: String,
    snapshot: CaseSnapshot,
    /// What finding copies of her originals needs (matching hashes, local
    /// features): only in this encrypted hand-over, which she chooses to
    /// make. Absent in hand-overs made before it was carried.
    #[serde(default)]
    originals_matching: Vec<OriginalMatching>,
}

impl OpenCase {
    /// Writes the whole case to `dest`, encrypted with `passphrase` (age
    /// scrypt). Decrypted evidence only passes through memory.
    pub fn export(&mut self, dest: &Path, passphrase: &SecretString) -> CoreResult<ExportReport> {
        self.export_until(dest, passphrase, &|| false)
    }

    /// [`OpenCase::export`], asking `stop` before every 64 KiB of evidence
    /// whether to stop now (the case is being locked): then the partial file
    /// is removed and the error is `Cancelled`.
    pub fn export_until(
        &mut self,
        dest: &Path,
        passphrase: &SecretString,
        stop: &dyn Fn() -> bool,
    ) -> CoreResult<ExportReport> {
        check_passphrase(passphrase)?;
        let snapshot = self.snapshot()?;
        let manifest = serde_json::to_vec(&Manifest {
            exported_at: now_utc(),
            snapshot,
            originals_matching: self.originals_matching()?,
        })
        .map_err(|e| CoreError::internal(e.to_string()))?;
        let dir = dest
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let tmp = dir.join(format!(".{}.part", random_name()));
        let evidence = self.evidence()?;
        let written = (|| -> CoreResult<u64> {
            let file = File::create(&tmp)?;
            let encryptor = age::Encryptor::with_user_passphrase(passphrase.clone());
            let mut w = encryptor.wrap_output(BufWriter::new(file))?;
            w.write_all(MAGIC)?;
            w.write_all(&(manifest.len() as u64).to_be_bytes())?;
            w.write_all(&manifest)?;
            for e in &evidence {
                let (blob, sha) = self.blob_name(e.id)?;
                let mut sink = Stoppable {
                    inner: &mut w,
                    stop,
                };
                let copied = self.blobs.copy_to(&blob, &mut sink);
                if stop() {
                    return Err(CoreError::new(
                        ErrorKind::Cancelled,
                        "the hand-over was stopped because the case was locked; nothing of it was kept",
                    ));
                }
                let (got, _) = copied?;
                if got != sha {
                    return Err(CoreError::new(
                        ErrorKind::Corrupt,
                        format!(
                            "evidence {} no longer matches its hash; export stopped",
                            e.id
                        ),
                    ));
                }
            }
            let file = w.finish()?.into_inner().map_err(|e| e.into_error())?;
            file.sync_all()?;
            Ok(file.metadata()?.len())
        })();
        let bytes = match written {
            Ok(b) => b,
            Err(e) => {
                let _ = std::fs::remove_file(&tmp);
                return Err(e);
            }
        };
        std::fs::rename(&tmp, dest)?;
        sync_dir(dir)?;
        self.record_custody(
            "case_exported",
            "case",
            &json!({ "evidence_files": evidence.len() }),
        )?;
        Ok(ExportReport {
            code: self.code().to_owned(),
            evidence_files: evidence.len(),
            bytes,
        })
    }
}

/// A writer that fails as soon as `stop` says so.
struct Stoppable<'a, W> {
    inner: &'a mut W,
    stop: &'a dyn Fn() -> bool,
}

impl<W: Write> Write for Stoppable<'_, W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if (self.stop)() {
            return Err(std::io::Error::other("stopped"));
        }
        self.inner.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

fn corrupt(what: impl std::fmt::Display) -> CoreError {
    CoreError::new(
        ErrorKind::Corrupt,
        format!("the case export is damaged: {what}"),
    )
}

impl Vault {
    /// Imports a case export as a new case on this device, protected by
    /// `options` (new keys). The case keeps its code and its custody log,
    /// to which an `case_imported` entry is added.
    pub fn import_case(
        &self,
        src: &Path,
        passphrase: &SecretString,
        options: CreateOptions,
    ) -> CoreResult<OpenCase> {
        let file = File::open(src)?;
        let decryptor = age::Decryptor::new_buffered(BufReader::new(file)).map_err(corrupt)?;
        let identity =
            age::scrypt::Identity::new(SecretString::from(passphrase.expose_secret().to_owned()));
        let mut r = decryptor
            .decrypt(std::iter::once(&identity as &dyn age::Identity))
            .map_err(|e| match e {
                age::DecryptError::DecryptionFailed | age::DecryptError::NoMatchingKeys => {
                    CoreError::new(
                        ErrorKind::WrongSecret,
                        "the passphrase does not open this case export",
                    )
                }
                other => corrupt(other),
            })?;
        let mut magic = [0u8; MAGIC.len()];
        r.read_exact(&mut magic).map_err(corrupt)?;
        if magic != MAGIC {
            return Err(corrupt("not a Reclaim case export"));
        }
        let mut len = [0u8; 8];
        r.read_exact(&mut len).map_err(corrupt)?;
        let len = u64::from_be_bytes(len);
        if len > MAX_MANIFEST {
            return Err(corrupt("manifest too large"));
        }
        let mut manifest = vec![0u8; len as usize];
        r.read_exact(&mut manifest).map_err(corrupt)?;
        let manifest: Manifest = serde_json::from_slice(&manifest).map_err(corrupt)?;
        let snap = manifest.snapshot;
        let chain = custody::verify_chain(&snap.custody);
        if !chain.is_empty() {
            return Err(corrupt(chain.join("; ")));
        }
        if snap.case.stores_no_pictures()
            && snap.evidence.iter().any(|e| e.kind.pictures_the_person())
        {
            return Err(CoreError::new(
                ErrorKind::MinorImagesRefused,
                "this export holds pictures of a minor; Reclaim does not store them",
            ));
        }
        let new = NewCase {
            label: snap.case.label.clone(),
            language: snap.case.language.clone(),
            contact_name: snap.case.contact_name.clone(),
            contact_email: snap.case.contact_email.clone(),
            country: snap.case.country.clone(),
            minor: snap.case.minor,
            situations: snap.case.situations.clone(),
        };
        let code = snap.case.code.clone();
        self.create_with(&new, options, Some(code), |tx, _, blobs| {
            fill(tx, &snap, &manifest.exported_at, &mut r, blobs)?;
            for m in &manifest.originals_matching {
                insert_original_matching(tx, m)?;
            }
            Ok(())
        })
    }
}

fn fill(
    tx: &Transaction,
    snap: &CaseSnapshot,
    exported_at: &str,
    r: &mut dyn Read,
    blobs: &super::blobs::BlobStore,
) -> CoreResult<()> {
    tx.execute(
        "UPDATE case_info SET created_at = ?1, updated_at = ?2, situations = ?3 WHERE id = 1",
        params![
            snap.case.created_at,
            snap.case.updated_at,
            crate::model::situation::to_stored(&snap.case.situations)
        ],
    )?;
    for u in &snap.urls {
        // The same check as a link typed here: a hand-over file is not trusted.
        let checked = checked_url(&u.original).map_err(|mut e| {
            e.message = format!(
                "the hand-over file holds a link that is not kept: {}",
                e.message
            );
            e
        })?;
        tx.execute(
            "INSERT INTO urls (id, original, normalised, platform, kind, found_at, how_found, notes, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![u.id, u.original, checked.normalised, u.platform, checked.kind, u.found_at, u.how_found, u.notes, u.added_at],
        )?;
        for h in &u.history {
            tx.execute(
                "INSERT INTO url_status (url_id, at, status, note) VALUES (?1, ?2, ?3, ?4)",
                params![u.id, h.at, code_of(h.status), h.note],
            )?;
        }
    }
    for u in &snap.removed_urls {
        let checked = checked_url(&u.original).map_err(|mut e| {
            e.message = format!(
                "the hand-over file holds a removed link that is not valid: {}",
                e.message
            );
            e
        })?;
        tx.execute(
            "INSERT INTO urls (id, original, normalised, platform, kind, found_at, added_at, removed_at, removed_reason)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![u.id, u.original, checked.normalised, u.platform, checked.kind, u.found_at, u.added_at, u.removed_at, u.removed_reason],
        )?;
    }
    for h in &snap.host_lookups {
        let record = serde_json::to_string(&h.lookup)
            .map_err(|e| corrupt(format!("host lookup {}: {e}", h.id)))?;
        tx.execute(
            "INSERT INTO host_lookups (id, url_id, host, record, looked_up_at) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![h.id, h.lookup.url_id, h.lookup.host, record, h.looked_up_at],
        )?;
    }
    for e in &snap.evidence {
        let mut part = r.take(e.size.max(0) as u64);
        let written = if snap.case.minor {
            // A hand-over file is not trusted: in a minor's case every file
            // passes the same gate as one added here, whatever its kind says.
            let (_, bytes) = read_verified_document(&mut part)?;
            blobs.write(&bytes, &mut std::io::empty())?
        } else {
            blobs.write(&[], &mut part)?
        };
        if written.sha256 != e.sha256 || written.size as i64 != e.size {
            return Err(corrupt(format!(
                "evidence {} does not match its hash",
                e.id
            )));
        }
        tx.execute(
            "INSERT INTO evidence (id, blob, sha256, size, original_name, captured_at, captured_at_utc, kind, note, url_id, added_at, platform)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                e.id,
                written.name,
                e.sha256,
                e.size,
                e.original_name,
                e.captured_at,
                e.captured_at_utc,
                code_of(e.kind),
                e.note,
                e.url_id,
                e.added_at,
                e.platform
            ],
        )?;
    }
    for h in &snap.image_hashes {
        // An image kept as evidence and later removed does not travel; its
        // fingerprint does, no longer pointing at it.
        let evidence_id = h
            .evidence_id
            .filter(|id| snap.evidence.iter().any(|e| e.id == *id));
        tx.execute(
            "INSERT INTO image_hashes (id, label, sha256, md5, pdq, pdq_quality, phash, dhash, width, height, evidence_id, added_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![h.id, h.label, h.sha256, h.md5, h.pdq, h.pdq_quality, h.phash, h.dhash, h.width, h.height, evidence_id, h.added_at],
        )?;
    }
    for q in &snap.requests {
        let legal = serde_json::to_string(&q.legal_bases)
            .map_err(|e| CoreError::internal(e.to_string()))?;
        tx.execute(
            "INSERT INTO requests (id, platform, channel, legal_bases, language, subject, body, deadline, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![q.id, q.platform, q.channel.to_string(), legal, q.language, q.subject, q.body, q.deadline, q.created_at],
        )?;
        for u in &q.url_ids {
            tx.execute(
                "INSERT INTO request_urls (request_id, url_id) VALUES (?1, ?2)",
                params![q.id, u],
            )?;
        }
        for t in &q.tickets {
            tx.execute(
                "INSERT INTO request_tickets (request_id, ticket, added_at) VALUES (?1, ?2, ?3)",
                params![q.id, t, q.created_at],
            )?;
        }
        for h in &q.history {
            tx.execute(
                "INSERT INTO request_status (request_id, at, status, note) VALUES (?1, ?2, ?3, ?4)",
                params![q.id, h.at, code_of(h.status), h.note],
            )?;
        }
    }
    for c in &snap.hash_service_cases {
        tx.execute(
            "INSERT INTO hash_service_cases (id, service, case_number, pin, submitted_at, note, added_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![c.id, code_of(c.service), c.case_number, c.pin, c.submitted_at, c.note, c.added_at],
        )?;
    }
    for entry in &snap.custody {
        custody::insert(tx, entry)?;
    }
    let digest = hex::encode(Sha256::digest(
        serde_json::to_vec(&snap.custody).map_err(|e| CoreError::internal(e.to_string()))?,
    ));
    custody::append(
        tx,
        "case_imported",
        "case",
        &json!({ "exported_at": exported_at, "evidence_files": snap.evidence.len(), "custody_sha256": digest }),
    )?;
    Ok(())
}
