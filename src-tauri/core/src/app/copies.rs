//! Step "Find copies": every file under a folder is compared against the
//! originals kept in the case (as hashes); the outcome (names and SHA-256 of
//! the copies, never images) is kept in the case's custody log. A copy found
//! can then be kept as evidence, tied to a link of the case or a platform
//! (never in a case about images taken before 18).

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Serialize;
use ts_rs::TS;

use crate::error::CoreResult;
use crate::hashing::{CopiesSearch, HashOptions, ScanProgress, StoredOriginal};
use crate::vault::{CopyTie, EvidenceKind, OpenCase};

/// Progress of a search for copies, reported about 4 times a second.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[ts(export)]
pub struct CopiesProgress {
    #[ts(type = "number")]
    pub done: u64,
    /// 0 while the folder is still being listed.
    #[ts(type = "number")]
    pub total: u64,
    pub files_per_second: f64,
    #[ts(type = "number")]
    pub elapsed_ms: u64,
    /// Copies found so far.
    #[ts(type = "number")]
    pub copies: u64,
}

/// How often progress is reported at most (the last report always goes out).
pub const PROGRESS_EVERY: Duration = Duration::from_millis(250);

/// Searches `folder` for copies of `originals` (blocking: run it off the UI
/// thread). Stops after the files in progress once `cancel` is set or
/// `should_stop` says so (e.g. the case was locked by a quick exit).
pub fn find_copies(
    originals: &[StoredOriginal],
    folder: &Path,
    cancel: &AtomicBool,
    should_stop: impl Fn() -> bool + Sync,
    report: impl Fn(CopiesProgress) + Sync,
) -> CopiesSearch {
    report(CopiesProgress {
        done: 0,
        total: 0,
        files_per_second: 0.0,
        elapsed_ms: 0,
        copies: 0,
    });
    let last = Mutex::new(None::<Instant>);
    CopiesSearch::run(
        originals,
        folder,
        &HashOptions::default(),
        cancel,
        |p: ScanProgress, copies| {
            if should_stop() {
                cancel.store(true, std::sync::atomic::Ordering::SeqCst);
            }
            let now = Instant::now();
            {
                let mut last = last.lock().unwrap_or_else(|e| e.into_inner());
                let finished = p.done == p.total;
                if !finished && last.is_some_and(|t| now.duration_since(t) < PROGRESS_EVERY) {
                    return;
                }
                *last = Some(now);
            }
            report(CopiesProgress {
                done: p.done,
                total: p.total,
                files_per_second: p.files_per_second,
                elapsed_ms: p.elapsed_ms,
                copies,
            });
        },
    )
}

/// A link of the case a copy can be tied to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct TieLink {
    #[ts(type = "number")]
    pub id: i64,
    /// The link as she pasted it.
    pub url: String,
}

/// A platform of the catalogue a copy can be tied to (where pictures are
/// posted or shared).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct TiePlatform {
    pub id: String,
    pub name: String,
}

/// A found copy already kept as evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct KeptCopy {
    #[ts(type = "number")]
    pub evidence_id: i64,
    pub sha256: String,
    pub file_name: Option<String>,
    #[ts(type = "number | null")]
    pub url_id: Option<i64>,
    pub platform: Option<String>,
}

/// What "Keep as evidence" can offer in the open case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(export)]
pub struct CopyEvidence {
    /// False in a case about images taken before 18: no copy is kept.
    pub can_keep: bool,
    pub links: Vec<TieLink>,
    /// By name.
    pub platforms: Vec<TiePlatform>,
    pub kept: Vec<KeptCopy>,
}

/// The links and platforms a copy can be tied to, and the copies kept.
pub fn copy_evidence(case: &OpenCase) -> CoreResult<CopyEvidence> {
    if case.info()?.stores_no_pictures() {
        return Ok(CopyEvidence {
            can_keep: false,
            links: Vec::new(),
            platforms: Vec::new(),
            kept: Vec::new(),
        });
    }
    let links = case
        .urls()?
        .into_iter()
        .map(|u| TieLink {
            id: u.id,
            url: u.original,
        })
        .collect();
    let mut platforms: Vec<TiePlatform> = crate::platforms::catalogue()
        .iter()
        .filter(|p| p.role.holds_posts())
        .map(|p| TiePlatform {
            id: p.id.clone(),
            name: p.name.clone(),
        })
        .collect();
    platforms.sort_by_key(|p| p.name.to_lowercase());
    let kept = case
        .evidence()?
        .into_iter()
        .filter(|e| e.kind == EvidenceKind::FoundCopy)
        .map(|e| KeptCopy {
            evidence_id: e.id,
            sha256: e.sha256,
            file_name: e.original_name,
            url_id: e.url_id,
            platform: e.platform,
        })
        .collect();
    Ok(CopyEvidence {
        can_keep: true,
        links,
        platforms,
        kept,
    })
}

/// Keeps the found copy at `file` as evidence tied to `tie` (see
/// [`OpenCase::keep_found_copy`]); returns what the screen shows after.
pub fn keep_copy(
    case: &mut OpenCase,
    file: &Path,
    tie: &CopyTie,
    note: Option<String>,
) -> CoreResult<CopyEvidence> {
    case.keep_found_copy(file, tie, note)?;
    copy_evidence(case)
}
