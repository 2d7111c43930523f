//! The rolling backup of the case database (issue 18, item 9):
//! `case.db.backup`, a second SQLCipher file under the same key, made with
//! `VACUUM INTO` at each open (a database with a damaged page cannot be
//! copied, so a damaged database never replaces a sound backup). When
//! `case.db` is damaged, [`open_or_restore`] sets it aside and opens a copy
//! of the backup instead, and says from when the backup is.

use std::fs;
use std::path::Path;

use rusqlite::Connection;
use zeroize::Zeroizing;

use super::db::{self, DB_FILE};
use super::fsutil::{format_utc, sync_dir, unix_now};
use crate::error::{CasePart, ErrorDetail};
use crate::{CoreError, CoreResult, ErrorKind};

pub(crate) const BACKUP_FILE: &str = "case.db.backup";
const BACKUP_PART: &str = "case.db.backup.part";

fn remove_if_present(path: &Path) -> CoreResult<()> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Removes the backup (a key change: a backup under the old key must not outlive it).
pub(crate) fn remove(dir: &Path) -> CoreResult<()> {
    remove_if_present(&dir.join(BACKUP_PART))?;
    remove_if_present(&dir.join(BACKUP_FILE))
}

/// Writes a fresh backup of the open database beside it (temp file, fsync,
/// rename): a kill leaves the previous backup or the new one.
pub(crate) fn refresh(conn: &Connection, dir: &Path) -> CoreResult<()> {
    let part = dir.join(BACKUP_PART);
    remove_if_present(&part)?;
    let text = part
        .to_str()
        .ok_or_else(|| CoreError::internal("the case folder's path is not UTF-8"))?;
    if let Err(e) = conn.execute("VACUUM INTO ?1", [text]) {
        let _ = remove_if_present(&part);
        return Err(e.into());
    }
    fs::File::open(&part)?.sync_all()?;
    fs::rename(&part, dir.join(BACKUP_FILE))?;
    sync_dir(dir)?;
    Ok(())
}

fn damaged_database(message: impl Into<String>) -> CoreError {
    CoreError::new(ErrorKind::Corrupt, message).with_detail(ErrorDetail::Damaged {
        part: CasePart::Database,
    })
}

/// Opens the database and checks every page's authentication code. When
/// either fails, the database (and its write-ahead log) is set aside as
/// `case.db.damaged-<time>` and a copy of the backup takes its place.
/// Returns the connection and, after a restore, the time of the backup.
pub(crate) fn open_or_restore(
    dir: &Path,
    key: &Zeroizing<[u8; 32]>,
) -> CoreResult<(Connection, Option<String>)> {
    let first = db::open(dir, key, false).and_then(|conn| {
        let problems = db::page_problems(&conn)?;
        if problems.is_empty() {
            Ok(conn)
        } else {
            Err(damaged_database(format!(
                "the case database is damaged: {}",
                problems.join("; ")
            )))
        }
    });
    let damage = match first {
        Ok(conn) => return Ok((conn, None)),
        Err(e) if e.kind == ErrorKind::Corrupt => e,
        Err(e) => return Err(e),
    };
    let backup = dir.join(BACKUP_FILE);
    let Ok(meta) = fs::metadata(&backup) else {
        return Err(damaged_database(format!(
            "{}; there is no backup",
            damage.message
        )));
    };
    let backup_time = meta
        .modified()
        .ok()
        .map(|t| format_utc(time::OffsetDateTime::from(t)))
        .unwrap_or_default();
    let suffix = format!("damaged-{}", unix_now());
    for name in [DB_FILE, "case.db-wal", "case.db-shm"] {
        let path = dir.join(name);
        if path.exists() {
            fs::rename(&path, dir.join(format!("{name}.{suffix}")))?;
        }
    }
    let restoring = dir.join("case.db.restoring");
    fs::copy(&backup, &restoring)?;
    fs::File::open(&restoring)?.sync_all()?;
    fs::rename(&restoring, dir.join(DB_FILE))?;
    sync_dir(dir)?;
    let conn = db::open(dir, key, false)
        .ok()
        .filter(|conn| db::page_problems(conn).is_ok_and(|p| p.is_empty()))
        .ok_or_else(|| {
            damaged_database(format!("{}; its backup is damaged too", damage.message))
        })?;
    Ok((conn, Some(backup_time)))
}
