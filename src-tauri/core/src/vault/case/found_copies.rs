//! A copy found by "Find copies" kept as evidence: encrypted like any
//! evidence file, with its SHA-256, tied to one of the case's links or to a
//! platform, and a custody entry naming the original it copies and how.

use std::io::Read;
use std::path::{Path, PathBuf};

use serde_json::json;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::checks::{check_text, ensure_exists};
use super::evidence::insert_evidence;
use super::OpenCase;
use crate::hashing::FoundCopy;
use crate::vault::blobs::MAX_EVIDENCE_BYTES;
use crate::vault::custody;
use crate::vault::fsutil::{format_utc, now_utc, parse_time};
use crate::vault::model::*;
use crate::{CoreError, CoreResult, ErrorDetail, ErrorKind, Field};

/// Custody action of a found copy kept as evidence (beside its `evidence_added`).
pub const FOUND_COPY_KEPT: &str = "found_copy_kept";

/// The refusal for a case about images taken before 18: a copy is her image.
pub fn minor_refused_for_copies() -> CoreError {
    CoreError::new(
        ErrorKind::MinorCopyRefused,
        "the person in the images was under 18: Reclaim does not keep copies of them",
    )
}

impl OpenCase {
    /// Keeps the file at `file` as evidence, when it is one of the copies the
    /// case's last search found and still has the bytes it had then. Refused
    /// in a minor's case before the file is opened.
    pub fn keep_found_copy(
        &mut self,
        file: &Path,
        tie: &CopyTie,
        note: Option<String>,
    ) -> CoreResult<EvidenceRecord> {
        if self.info()?.stores_no_pictures() {
            return Err(minor_refused_for_copies());
        }
        let note = note.filter(|n| !n.trim().is_empty());
        check_text("note", &note)?;
        let (url_id, platform) = match tie {
            CopyTie::Link { url_id } => {
                ensure_exists(&self.conn, "urls", *url_id)?;
                (Some(*url_id), None)
            }
            CopyTie::Platform { platform } => (None, Some(checked_platform(platform)?)),
        };
        let search = self.last_copies_search()?.ok_or_else(|| {
            CoreError::new(ErrorKind::NotFound, "no search for copies in this case yet")
        })?;
        let wanted = comparable(file);
        let copy = search
            .copies
            .iter()
            .find(|c| comparable(&Path::new(&c.folder).join(&c.file_name)) == wanted)
            .ok_or_else(|| {
                CoreError::new(
                    ErrorKind::NotFound,
                    "this file is not among the copies the last search found",
                )
            })?;
        let bytes = read_limited(file)?;
        let sha256 = hex::encode(Sha256::digest(bytes.as_slice()));
        if copy.sha256.as_deref() != Some(sha256.as_str()) {
            return Err(CoreError::new(
                ErrorKind::NotFound,
                "the file changed since the search: search the folder again",
            ));
        }
        let written = self.blobs.write(&bytes, &mut std::io::empty())?;
        let now = now_utc();
        let record = EvidenceRecord {
            id: 0,
            sha256: written.sha256,
            size: written.size as i64,
            original_name: Some(copy.file_name.clone()),
            captured_at: now.clone(),
            captured_at_utc: parse_time(&now)
                .map(format_utc)
                .unwrap_or_else(|| now.clone()),
            kind: EvidenceKind::FoundCopy,
            note,
            url_id,
            platform,
            added_at: now,
        };
        let details = kept_details(copy, search.at.as_deref(), tie);
        let blob = written.name;
        self.tx(|tx| {
            let record = insert_evidence(tx, &blob, record)?;
            custody::append(
                tx,
                FOUND_COPY_KEPT,
                &format!("evidence:{}", record.id),
                &details,
            )?;
            Ok(record)
        })
    }
}

/// A platform id of the catalogue where pictures are posted or shared.
fn checked_platform(id: &str) -> CoreResult<String> {
    crate::platforms::by_id(id.trim())
        .filter(|p| p.role.holds_posts())
        .map(|p| p.id.clone())
        .ok_or_else(|| {
            let allowed = crate::platforms::catalogue()
                .iter()
                .filter(|p| p.role.holds_posts())
                .map(|p| p.id.clone())
                .collect();
            CoreError::invalid_input(format!("{id:?} is not a platform a copy can come from"))
                .with_detail(ErrorDetail::NotOneOf {
                    field: Field::Platform,
                    allowed,
                })
        })
}

/// The path as the file system resolves it, so `./a/../a/x.jpg` and
/// `a/x.jpg` name the same copy (as given when it no longer exists).
fn comparable(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

fn read_limited(file: &Path) -> CoreResult<Zeroizing<Vec<u8>>> {
    let mut bytes = Zeroizing::new(Vec::new());
    std::fs::File::open(file)?
        .take(MAX_EVIDENCE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_EVIDENCE_BYTES {
        return Err(
            CoreError::new(ErrorKind::TooLarge, "the file is too large").with_detail(
                ErrorDetail::FileTooLarge {
                    max_bytes: MAX_EVIDENCE_BYTES,
                },
            ),
        );
    }
    Ok(bytes)
}

/// What the custody entry says: the copy, the original it matches and how,
/// the search that found it, and what it is tied to.
fn kept_details(copy: &FoundCopy, searched_at: Option<&str>, tie: &CopyTie) -> serde_json::Value {
    json!({
        "sha256": copy.sha256,
        "file_name": copy.file_name,
        "folder": copy.folder,
        "original": copy.original,
        "original_id": copy.original_id,
        "distance": copy.distance,
        "transform": copy.transform,
        "searched_at": searched_at,
        "tie": tie,
    })
}
