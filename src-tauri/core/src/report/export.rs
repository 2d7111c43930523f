//! The export of a vault case as an evidence bundle, streamed from the vault
//! one evidence file at a time, and stoppable.
//!
//! Memory: no evidence file is ever held whole. Each one is decrypted from
//! its age blob 64 KiB at a time straight into its file in the (owner-only)
//! staging folder, hashed as it goes; peak memory does not grow with the
//! evidence (measured in `docs/benchmarks.md`).
//!
//! Stopping: before every chunk the export asks its caller whether to stop
//! (a quick exit or a lock asked for it). It then stops within one chunk,
//! removes everything it wrote, and returns a `Cancelled` error, so the
//! caller can lock the case (keys zeroed) at once.

use std::cell::Cell;
use std::io::{self, Read};
use std::path::Path;

use time::OffsetDateTime;

use super::bundle::{self, BundleOptions, BundleSummary, EvidenceSource};
use super::case::CaseFile;
use crate::error::{CoreError, CoreResult, ErrorKind};
use crate::vault::OpenCase;

/// How far an export has got: evidence bytes copied so far, of how many.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ExportProgress {
    pub written: u64,
    pub total: u64,
}

/// The error an export stopped on request returns.
pub fn stopped() -> CoreError {
    CoreError::new(
        ErrorKind::Cancelled,
        "the export was stopped because the case was locked; nothing of it was kept",
    )
}

/// Exports an unlocked vault case as an evidence bundle into `out`.
///
/// The bundle holds the case's custody log as it stands; once the bundle is
/// complete, a `case_exported` entry carrying the SHA-256 of its
/// `manifest.sha256` is appended to the case's log, binding the two.
pub fn export_case(
    case: &mut OpenCase,
    out: &Path,
    options: &BundleOptions,
) -> CoreResult<BundleSummary> {
    export_case_until(case, out, options, &|_| false)
}

/// [`export_case`], asking `stop` before every chunk copied whether to stop
/// now. When it says yes, nothing of the export is left and the error is
/// [`stopped`] (kind `Cancelled`).
pub fn export_case_until(
    case: &mut OpenCase,
    out: &Path,
    options: &BundleOptions,
    stop: &dyn Fn(ExportProgress) -> bool,
) -> CoreResult<BundleSummary> {
    let file = CaseFile::read_vault(case, options.include_intimate_images, false)?;
    let sizes: std::collections::HashMap<i64, u64> = case
        .evidence()?
        .iter()
        .map(|e| (e.id, e.size.max(0) as u64))
        .collect();
    let evidence_ids: Vec<i64> = file
        .evidence
        .iter()
        .map(|e| vault_id(&e.id))
        .collect::<CoreResult<_>>()?;
    // Only the person's images that are vault evidence have bytes to copy.
    let image_ids: Vec<Option<i64>> = file
        .images
        .iter()
        .map(|i| {
            (options.include_intimate_images && i.id.starts_with("evidence:"))
                .then(|| vault_id(&i.id))
                .transpose()
        })
        .collect::<CoreResult<_>>()?;
    let total = evidence_ids
        .iter()
        .chain(image_ids.iter().flatten())
        .map(|id| sizes.get(id).copied().unwrap_or(0))
        .sum();
    let mut source = VaultSource {
        case: &mut *case,
        evidence_ids,
        image_ids,
        watch: Watch {
            stop,
            written: Cell::new(0),
            total,
            stopped: Cell::new(false),
        },
    };
    let result = bundle::export_bundle_inner(
        &file,
        out,
        options,
        OffsetDateTime::now_utc(),
        false,
        Some(&mut source),
    );
    let stopped_on_request = source.watch.stopped.get();
    let mut summary = match result {
        Ok(summary) => summary,
        Err(_) if stopped_on_request => return Err(stopped()),
        Err(e) => return Err(e),
    };
    let entry = case.record_custody(
        "case_exported",
        "case",
        &serde_json::json!({
            "manifest_sha256": summary.manifest_sha256,
            "files": summary.files,
            "images_included": options.include_intimate_images,
        }),
    )?;
    summary.export_entry = Some(crate::model::CustodyEntry {
        seq: entry.seq,
        at: entry.at,
        action: entry.action,
        subject: entry.subject,
        details: entry.details,
        prev_hash: entry.prev_hash,
        hash: entry.hash,
    });
    Ok(summary)
}

/// `evidence:12` → 12.
fn vault_id(id: &str) -> CoreResult<i64> {
    id.strip_prefix("evidence:")
        .and_then(|n| n.parse().ok())
        .ok_or_else(|| CoreError::internal(format!("not a vault evidence id: {id}")))
}

/// What the caller said about stopping, and how far the copy got.
struct Watch<'a> {
    stop: &'a dyn Fn(ExportProgress) -> bool,
    written: Cell<u64>,
    total: u64,
    stopped: Cell<bool>,
}

impl Watch<'_> {
    fn should_stop(&self) -> bool {
        if !self.stopped.get()
            && (self.stop)(ExportProgress {
                written: self.written.get(),
                total: self.total,
            })
        {
            self.stopped.set(true);
        }
        self.stopped.get()
    }
}

/// A decrypting stream that asks the watch before every read.
struct Watched<'w, R> {
    inner: R,
    watch: &'w Watch<'w>,
}

impl<R: Read> Read for Watched<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.watch.should_stop() {
            return Err(io::Error::other("the export was stopped"));
        }
        let n = self.inner.read(buf)?;
        self.watch.written.set(self.watch.written.get() + n as u64);
        Ok(n)
    }
}

/// Evidence bytes read from the vault, one file at a time, as a stream.
struct VaultSource<'a> {
    case: &'a mut OpenCase,
    /// The vault id of `CaseFile::evidence[n]`.
    evidence_ids: Vec<i64>,
    /// The vault id of `CaseFile::images[n]`, when its bytes are exported.
    image_ids: Vec<Option<i64>>,
    watch: Watch<'a>,
}

impl EvidenceSource for VaultSource<'_> {
    fn evidence(&mut self, index: usize) -> CoreResult<Box<dyn Read + '_>> {
        if self.watch.should_stop() {
            return Err(stopped());
        }
        let reader = self.case.evidence_reader(self.evidence_ids[index])?;
        Ok(Box::new(Watched {
            inner: reader,
            watch: &self.watch,
        }))
    }

    fn image(&mut self, index: usize) -> CoreResult<Option<Box<dyn Read + '_>>> {
        let Some(id) = self.image_ids[index] else {
            return Ok(None);
        };
        if self.watch.should_stop() {
            return Err(stopped());
        }
        let reader = self.case.evidence_reader(id)?;
        Ok(Some(Box::new(Watched {
            inner: reader,
            watch: &self.watch,
        })))
    }

    fn stopped(&self) -> bool {
        self.watch.should_stop()
    }
}
