//! Where a bundle is written before it is complete, and how an interrupted
//! export is cleaned away.
//!
//! A bundle holds decrypted evidence. It is written into a hidden sibling
//! folder `.<name>.partial` (owner-only, with a marker file), renamed into
//! place when complete. If the app or the CLI is killed half-way, the
//! partial folder is removed:
//! - before the next export into the same folder (any marked `.*.partial`
//!   sibling), and
//! - when Reclaim next starts ([`remove_interrupted_exports`], called by the
//!   app and the CLI), found through a small journal in the data folder
//!   that lists every export in progress.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::private_fs;
use crate::error::{CoreError, CoreResult};

/// Inside every staging folder, so only Reclaim's own are ever removed.
const MARKER: &str = ".reclaim-export-in-progress";
const JOURNAL_DIR: &str = "exports-in-progress";

/// The journal folder, once Reclaim has started with a data folder.
static JOURNAL: Mutex<Option<PathBuf>> = Mutex::new(None);

fn journal() -> Option<PathBuf> {
    JOURNAL.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// Called once when the app or the CLI starts with its data folder: removes
/// the partial bundles of exports that were interrupted (crash, kill, power
/// cut), and keeps the journal there for the exports to come. Returns how
/// many were removed. An export still running in another Reclaim process
/// holds a lock on its journal note and is left alone.
pub fn remove_interrupted_exports(data_dir: &Path) -> usize {
    let dir = data_dir.join(JOURNAL_DIR);
    *JOURNAL.lock().unwrap_or_else(|p| p.into_inner()) = Some(dir.clone());
    sweep_journal(&dir)
}

/// True when another open handle (this process or another) holds `file`'s
/// lock: the export it belongs to is still running.
fn in_use(file: &fs::File) -> bool {
    matches!(file.try_lock(), Err(fs::TryLockError::WouldBlock))
}

fn sweep_journal(dir: &Path) -> usize {
    let mut removed = 0;
    let Ok(entries) = fs::read_dir(dir) else {
        return 0;
    };
    for entry in entries.flatten() {
        let note = entry.path();
        let Ok(mut file) = fs::File::open(&note) else {
            continue;
        };
        if in_use(&file) {
            continue;
        }
        let mut text = String::new();
        if std::io::Read::read_to_string(&mut file, &mut text).is_ok() {
            let staging = PathBuf::from(text.trim_end_matches('\n'));
            let ours = staging
                .file_name()
                .is_some_and(|n| n.to_string_lossy().ends_with(".partial"));
            if ours
                && fs::symlink_metadata(&staging).is_ok_and(|m| m.is_dir())
                && fs::remove_dir_all(&staging).is_ok()
            {
                removed += 1;
            }
        }
        drop(file);
        let _ = fs::remove_file(&note);
    }
    removed
}

/// Removes marked staging folders left in `parent` by interrupted exports
/// (not those of an export still running: it holds its marker locked).
fn remove_stale_siblings(parent: &Path) {
    let Ok(entries) = fs::read_dir(parent) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
        if is_dir
            && name.starts_with('.')
            && name.ends_with(".partial")
            && fs::symlink_metadata(entry.path().join(MARKER)).is_ok_and(|m| m.is_file())
        {
            let running = fs::File::open(entry.path().join(MARKER)).is_ok_and(|f| in_use(&f));
            if !running {
                let _ = fs::remove_dir_all(entry.path());
            }
        }
    }
}

/// An export being written; removed on drop unless committed.
pub(crate) struct Staging {
    dir: PathBuf,
    note: Option<PathBuf>,
    /// The journal note and the marker, held open and locked while the
    /// export runs, so no other Reclaim process takes it for an interrupted one.
    held: Vec<fs::File>,
    committed: bool,
}

impl Staging {
    /// Prepares `.<name>.partial` beside `out`: stale ones removed, the
    /// export noted in the journal, the folder created owner-only.
    pub fn begin(out: &Path) -> CoreResult<Staging> {
        let name = out
            .file_name()
            .ok_or_else(|| CoreError::invalid_input("the output folder needs a name"))?;
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if let Some(journal) = journal() {
            sweep_journal(&journal);
        }
        remove_stale_siblings(&parent);
        let dir = parent.join(format!(".{}.partial", name.to_string_lossy()));
        if fs::symlink_metadata(&dir).is_ok() {
            // Unmarked (not ours, or interrupted before the marker): ours by name.
            fs::remove_dir_all(&dir)?;
        }
        let mut held = Vec::new();
        let note = match journal() {
            Some(journal) => {
                let (note, file) = note_export(&journal, &dir)?;
                held.push(file);
                Some(note)
            }
            None => None,
        };
        let mut staging = Staging {
            dir,
            note,
            held,
            committed: false,
        };
        private_fs::create_dir(&staging.dir)?;
        let marker = private_fs::create_file(&staging.dir.join(MARKER))?;
        // Best effort: a network share may not lock; the export goes on.
        let _ = marker.lock();
        marker.sync_all()?;
        staging.held.push(marker);
        Ok(staging)
    }

    pub fn path(&self) -> &Path {
        &self.dir
    }

    /// Moves the finished bundle to `out` (an empty folder there is replaced).
    pub fn commit(mut self, out: &Path) -> CoreResult<()> {
        self.held.truncate(usize::from(self.note.is_some()));
        fs::remove_file(self.dir.join(MARKER))?;
        if out.exists() {
            fs::remove_dir(out)?;
        }
        fs::rename(&self.dir, out)?;
        private_fs::restrict_dir(out)?;
        if let Some(parent) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
            // Make the rename durable where the OS allows it.
            if let Ok(dir) = fs::File::open(parent) {
                let _ = dir.sync_all();
            }
        }
        self.committed = true;
        self.held.clear();
        if let Some(note) = self.note.take() {
            let _ = fs::remove_file(note);
        }
        Ok(())
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // Closed first: Windows removes no open file.
        self.held.clear();
        if !self.committed {
            let _ = fs::remove_dir_all(&self.dir);
        }
        if let Some(note) = self.note.take() {
            let _ = fs::remove_file(note);
        }
    }
}

/// Writes a journal note naming `staging`, synced before the export starts,
/// and returns it open and locked for as long as the export runs.
fn note_export(journal: &Path, staging: &Path) -> CoreResult<(PathBuf, fs::File)> {
    fs::create_dir_all(journal)?;
    let staging = std::path::absolute(staging)?;
    let note = journal.join(format!("{:016x}.path", rand::random::<u64>()));
    let mut file = private_fs::create_file(&note)?;
    // Best effort, as the marker's.
    let _ = file.lock();
    file.write_all(staging.to_string_lossy().as_bytes())?;
    file.sync_all()?;
    if let Ok(dir) = fs::File::open(journal) {
        let _ = dir.sync_all();
    }
    Ok((note, file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_unfinished_export_is_removed_on_drop_and_a_stale_marked_one_before_the_next() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("bundle");
        {
            let staging = Staging::begin(&out).unwrap();
            std::fs::write(staging.path().join("evidence"), b"plaintext").unwrap();
        }
        assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0);

        // A marked partial of another export, as a kill would leave it.
        let stale = tmp.path().join(".other.partial");
        std::fs::create_dir(&stale).unwrap();
        std::fs::write(stale.join(MARKER), b"").unwrap();
        // Someone's own folder that merely ends in .partial stays.
        let theirs = tmp.path().join(".notes.partial");
        std::fs::create_dir(&theirs).unwrap();
        let staging = Staging::begin(&out).unwrap();
        assert!(!stale.exists());
        assert!(theirs.exists());
        staging.commit(&out).unwrap();
        assert!(out.is_dir() && !out.join(MARKER).exists());
    }

    #[cfg(unix)]
    #[test]
    fn staging_and_bundle_are_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("bundle");
        let staging = Staging::begin(&out).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(staging.path()), 0o700);
        staging.commit(&out).unwrap();
        assert_eq!(mode(&out), 0o700);
    }
}

#[cfg(test)]
mod running_tests {
    use super::*;

    #[test]
    fn an_export_still_running_in_another_process_is_not_taken_for_an_interrupted_one() {
        let tmp = tempfile::tempdir().unwrap();
        let journal = tmp.path().join(JOURNAL_DIR);
        let out = tmp.path().join("bundle");
        let running = tmp.path().join(".bundle.partial");
        private_fs::create_dir(&running).unwrap();
        let marker = private_fs::create_file(&running.join(MARKER)).unwrap();
        marker.lock().unwrap();
        let (_note, held) = note_export(&journal, &running).unwrap();

        // Another Reclaim starting, or another export beside it, looks now.
        assert_eq!(sweep_journal(&journal), 0);
        remove_stale_siblings(tmp.path());
        assert!(running.is_dir(), "a running export was removed");

        // Killed: its locks go with the process, and the next start cleans up.
        drop(held);
        drop(marker);
        assert_eq!(sweep_journal(&journal), 1);
        assert!(!running.exists());
        assert!(!out.exists());
    }
}
