//! Step "Find copies": every file under a folder is compared against the
//! originals kept in the case (as hashes); the outcome (names and SHA-256 of
//! the copies, never images) is kept in the case's custody log.

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use serde::Serialize;
use ts_rs::TS;

use crate::hashing::{CopiesSearch, HashOptions, ScanProgress, StoredOriginal};

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
