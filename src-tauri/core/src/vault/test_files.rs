//! For tests of this crate and of the crates over it (feature
//! `test-support`): where on disk a secret would be readable.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// Every file under `dir` (recursively) whose bytes contain `needle`.
pub fn files_containing(dir: &Path, needle: &[u8], since: Option<SystemTime>) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(meta) = entry.metadata() else { continue };
            if meta.is_dir() {
                stack.push(path);
                continue;
            }
            if let (Some(since), Ok(modified)) = (since, meta.modified()) {
                if modified < since {
                    continue;
                }
            }
            if meta.len() > 64 * 1024 * 1024 {
                continue;
            }
            if let Ok(bytes) = std::fs::read(&path) {
                if bytes.windows(needle.len()).any(|w| w == needle) {
                    hits.push(path);
                }
            }
        }
    }
    hits
}
