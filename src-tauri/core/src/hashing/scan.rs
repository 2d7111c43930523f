//! Hashing folders: recursive, parallel on all cores, results streamed one
//! file at a time, progress and cancellation for the UI.
//!
//! Memory stays bounded: files are processed a few at a time (one per worker
//! thread), each decoded image is dropped as soon as its hashes exist, and
//! results go straight to the caller's callback.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::file::{hash_file_with, FileHashes, HashOptions, HashedFile, WantsFeatures};
use crate::error::{CoreError, ErrorKind};

/// How far a scan has got; sent to the UI while it runs.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ScanProgress {
    /// Which set of files is being hashed.
    pub stage: ScanStage,
    /// Files finished (hashed or failed).
    #[ts(type = "number")]
    pub done: u64,
    /// Files found in the chosen folders.
    #[ts(type = "number")]
    pub total: u64,
    /// Files per second so far.
    pub files_per_second: f64,
    /// Time since the scan started, in milliseconds.
    #[ts(type = "number")]
    pub elapsed_ms: u64,
}

/// Which files a progress report is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(export)]
pub enum ScanStage {
    /// Files chosen to be hashed.
    Hashing,
    /// The person's own images, while looking for copies.
    Originals,
    /// The found images compared against the originals.
    Found,
}

/// How a scan ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[ts(export)]
pub struct ScanSummary {
    #[ts(type = "number")]
    pub done: u64,
    #[ts(type = "number")]
    pub total: u64,
    /// Files that got an error.
    #[ts(type = "number")]
    pub failed: u64,
    /// True when the scan was stopped before the end.
    pub cancelled: bool,
}

/// Lists every regular file under `roots` (files are taken as they are,
/// folders recursively, symbolic links not followed), sorted, plus one error
/// entry per folder or path that could not be read and per pipe, device or
/// socket: every path given gets a line.
pub fn collect_files(roots: &[PathBuf]) -> (Vec<PathBuf>, Vec<FileHashes>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for root in roots {
        for entry in walkdir::WalkDir::new(root)
            .follow_links(false)
            .sort_by_file_name()
        {
            match entry {
                // Links given explicitly (the roots) are followed by walkdir.
                Ok(e) if e.file_type().is_file() => files.push(e.into_path()),
                Ok(e) if e.file_type().is_dir() || e.file_type().is_symlink() => {}
                // A pipe, a device or a socket: never opened (opening a pipe
                // waits for a writer), but always answered with a line.
                Ok(e) => errors.push(not_a_file(e.path())),
                Err(err) => {
                    let path = err.path().unwrap_or(root).to_path_buf();
                    errors.push(path_error(&path, err.into()));
                }
            }
        }
    }
    (files, errors)
}

fn not_a_file(path: &Path) -> FileHashes {
    FileHashes {
        error: Some(CoreError::new(
            ErrorKind::UnsupportedFormat,
            "not a regular file (a pipe, a device or a socket): it was not read",
        )),
        ..path_error(path, std::io::ErrorKind::Other.into())
    }
}

fn path_error(path: &Path, err: std::io::Error) -> FileHashes {
    FileHashes {
        path: path.display().to_string(),
        sha256: None,
        md5: None,
        pdq: None,
        pdq_quality: None,
        phash: None,
        dhash: None,
        width: None,
        height: None,
        error: Some(CoreError::from(err)),
    }
}

/// Minimum time between two progress reports (the last one always comes).
const PROGRESS_EVERY: Duration = Duration::from_millis(100);

/// Hashes `files` in parallel. Each result goes to `on_file` as soon as it is
/// ready (in no particular order); `on_progress` is called at most every
/// 100 ms and once at the end. Setting `cancel` stops the scan after the
/// files in progress.
pub fn hash_files<F, P>(
    files: &[PathBuf],
    options: &HashOptions,
    cancel: &AtomicBool,
    on_file: F,
    on_progress: P,
) -> ScanSummary
where
    F: Fn(HashedFile) + Sync,
    P: Fn(ScanProgress) + Sync,
{
    hash_files_with(files, options, &|_| true, cancel, on_file, on_progress)
}

/// [`hash_files`], computing each file's local features (when `options`
/// ask for them) only if `wants_features` says so once its PDQ is known.
pub fn hash_files_with<F, P>(
    files: &[PathBuf],
    options: &HashOptions,
    wants_features: &WantsFeatures<'_>,
    cancel: &AtomicBool,
    on_file: F,
    on_progress: P,
) -> ScanSummary
where
    F: Fn(HashedFile) + Sync,
    P: Fn(ScanProgress) + Sync,
{
    let start = Instant::now();
    let total = files.len() as u64;
    let done = AtomicU64::new(0);
    let failed = AtomicU64::new(0);
    let last_report = Mutex::new(start);
    let progress = |done: u64, force: bool| {
        let now = Instant::now();
        {
            let mut last = last_report.lock().unwrap_or_else(|e| e.into_inner());
            if !force && now.duration_since(*last) < PROGRESS_EVERY {
                return;
            }
            *last = now;
        }
        let elapsed = now.duration_since(start);
        on_progress(ScanProgress {
            stage: ScanStage::Hashing,
            done,
            total,
            files_per_second: done as f64 / elapsed.as_secs_f64().max(1e-9),
            elapsed_ms: elapsed.as_millis() as u64,
        });
    };
    files.par_iter().with_max_len(1).for_each(|path| {
        if cancel.load(Ordering::Relaxed) {
            return;
        }
        let result = hash_file_with(path, options, wants_features);
        if result.hashes.error.is_some() {
            failed.fetch_add(1, Ordering::Relaxed);
        }
        on_file(result);
        let n = done.fetch_add(1, Ordering::Relaxed) + 1;
        progress(n, false);
    });
    let done = done.load(Ordering::Relaxed);
    progress(done, true);
    ScanSummary {
        done,
        total,
        failed: failed.load(Ordering::Relaxed),
        cancelled: done < total && cancel.load(Ordering::Relaxed),
    }
}

/// [`collect_files`] then [`hash_files`]; unreadable folders are reported
/// through `on_file` as entries with an error.
pub fn scan<F, P>(
    roots: &[PathBuf],
    options: &HashOptions,
    cancel: &AtomicBool,
    on_file: F,
    on_progress: P,
) -> ScanSummary
where
    F: Fn(HashedFile) + Sync,
    P: Fn(ScanProgress) + Sync,
{
    let (files, errors) = collect_files(roots);
    let failed_listing = errors.len() as u64;
    for hashes in errors {
        on_file(HashedFile {
            hashes,
            pdq: None,
            crop_hashes: Vec::new(),
            features: None,
        });
    }
    let mut summary = hash_files(&files, options, cancel, on_file, on_progress);
    summary.failed += failed_listing;
    summary
}

/// The error a cancelled operation reports.
pub fn cancelled() -> CoreError {
    CoreError::new(ErrorKind::Cancelled, "stopped on request")
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn folders_are_walked_recursively_without_following_inner_links() {
        let root = std::env::temp_dir().join(format!("reclaim-walk-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::write(root.join("top.jpg"), b"x").unwrap();
        std::fs::write(root.join("a/b/deep.jpg"), b"x").unwrap();
        std::os::unix::fs::symlink("/etc", root.join("a/outside")).unwrap();
        let link_to_root =
            std::env::temp_dir().join(format!("reclaim-walk-link-{}", std::process::id()));
        let _ = std::fs::remove_file(&link_to_root);
        std::os::unix::fs::symlink(&root, &link_to_root).unwrap();

        let (files, errors) = collect_files(std::slice::from_ref(&root));
        let names: Vec<String> = files
            .iter()
            .map(|p| p.strip_prefix(&root).unwrap().display().to_string())
            .collect();
        assert_eq!(names, ["a/b/deep.jpg", "top.jpg"]);
        assert!(errors.is_empty());

        let (via_link, _) = collect_files(std::slice::from_ref(&link_to_root));
        assert_eq!(via_link.len(), 2, "a folder given as a link is walked");

        let (_, errors) = collect_files(&[root.join("missing")]);
        assert_eq!(errors[0].error.as_ref().unwrap().kind, ErrorKind::NotFound);
        let _ = std::fs::remove_file(&link_to_root);
        let _ = std::fs::remove_dir_all(&root);
    }
}
