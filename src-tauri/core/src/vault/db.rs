//! Opening the SQLCipher database of a case, and its schema migrations.

use std::io::Read;
use std::path::Path;

use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use crate::{CoreError, CoreResult, ErrorKind};

pub(crate) const DB_FILE: &str = "case.db";

/// Migrations in order; entry `i` takes the schema from version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    include_str!("schema_v1.sql"),
    include_str!("schema_v2.sql"),
    include_str!("schema_v3.sql"),
];

/// The schema version this build writes.
pub(crate) const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// What a database error means for the person: a damaged case, a busy one,
/// a full disk, or (rarely) a bug.
impl From<rusqlite::Error> for CoreError {
    fn from(err: rusqlite::Error) -> Self {
        match &err {
            rusqlite::Error::SqliteFailure(code, _) => match code.code {
                rusqlite::ErrorCode::NotADatabase | rusqlite::ErrorCode::DatabaseCorrupt => {
                    CoreError::new(
                        ErrorKind::Corrupt,
                        format!("the case database is damaged: {err}"),
                    )
                }
                rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked => {
                    CoreError::new(
                        ErrorKind::Busy,
                        format!("the case database is in use: {err}"),
                    )
                }
                rusqlite::ErrorCode::DiskFull
                | rusqlite::ErrorCode::CannotOpen
                | rusqlite::ErrorCode::SystemIoFailure => CoreError::new(
                    ErrorKind::Io,
                    format!("the case database could not be written: {err}"),
                ),
                _ => CoreError::internal(format!("database: {err}")),
            },
            rusqlite::Error::QueryReturnedNoRows => {
                CoreError::new(ErrorKind::NotFound, "not found in this case")
            }
            _ => CoreError::internal(format!("database: {err}")),
        }
    }
}

/// Refuses a database that is readable without a key (SQLCipher never writes
/// this header; a plain SQLite file here means something went badly wrong).
fn check_not_plaintext(path: &Path) -> CoreResult<()> {
    let mut head = [0u8; 16];
    match std::fs::File::open(path) {
        Ok(mut f) => {
            let n = f.read(&mut head)?;
            if n == 16 && &head == b"SQLite format 3\0" {
                return Err(CoreError::new(
                    ErrorKind::Corrupt,
                    "the case database is not encrypted; refusing to use it",
                ));
            }
            Ok(())
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Opens (or creates) the case database with its raw 256-bit key, sets the
/// durability pragmas and brings the schema up to date.
pub(crate) fn open(
    case_dir: &Path,
    key: &Zeroizing<[u8; 32]>,
    create: bool,
) -> CoreResult<Connection> {
    let path = case_dir.join(DB_FILE);
    check_not_plaintext(&path)?;
    if !create && !path.exists() {
        return Err(CoreError::new(
            ErrorKind::Corrupt,
            "the case database is missing",
        ));
    }
    let mut flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    if create {
        flags |= OpenFlags::SQLITE_OPEN_CREATE;
    }
    let conn = Connection::open_with_flags(&path, flags)?;
    // Keep SQLCipher's own diagnostics off stderr (it would print "hmac check failed").
    let _ = conn.execute_batch("PRAGMA cipher_log_level = NONE;");
    let hex_key = Zeroizing::new(format!(
        "PRAGMA key = \"x'{}'\";",
        hex::encode(key.as_slice())
    ));
    conn.execute_batch(&hex_key)?;
    // Fails with NotADatabase if the key does not fit.
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| {
        r.get::<_, i64>(0)
    })?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = FULL;
         PRAGMA foreign_keys = ON;
         PRAGMA secure_delete = ON;
         PRAGMA temp_store = MEMORY;",
    )?;
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    migrate(&conn)?;
    Ok(conn)
}

/// Applies every migration after the database's `user_version`, each in its
/// own transaction together with the version bump.
fn migrate(conn: &Connection) -> CoreResult<()> {
    let current: u32 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if current > SCHEMA_VERSION {
        return Err(CoreError::new(
            ErrorKind::UnsupportedFormat,
            "this case was saved by a newer version of Reclaim",
        ));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let next = index as u32 + 1;
        conn.execute_batch(&format!(
            "BEGIN IMMEDIATE;\n{sql}\nPRAGMA user_version = {next};\nCOMMIT;"
        ))
        .map_err(|e| {
            let _ = conn.execute_batch("ROLLBACK;");
            CoreError::from(e)
        })?;
    }
    Ok(())
}

/// `PRAGMA quick_check` and `PRAGMA cipher_integrity_check`; the problems found.
pub(crate) fn integrity_problems(conn: &Connection) -> CoreResult<Vec<String>> {
    let mut problems = Vec::new();
    let mut stmt = conn.prepare("PRAGMA quick_check")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    for row in rows {
        let row = row?;
        if row != "ok" {
            problems.push(format!("quick_check: {row}"));
        }
    }
    let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    for row in rows {
        problems.push(format!("cipher_integrity_check: {}", row?));
    }
    Ok(problems)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A case saved before situations existed (schema 2) opens as one about
    /// shared images.
    #[test]
    fn a_case_from_schema_2_becomes_a_shared_images_case() {
        let conn = Connection::open_in_memory().unwrap();
        for sql in &MIGRATIONS[..2] {
            conn.execute_batch(sql).unwrap();
        }
        conn.execute_batch(
            "PRAGMA user_version = 2;
             INSERT INTO case_info (id, code, label, language, minor, created_at, updated_at)
             VALUES (1, 'c', 'l', 'en', 0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
        )
        .unwrap();
        migrate(&conn).unwrap();
        let stored: String = conn
            .query_row("SELECT situations FROM case_info", [], |r| r.get(0))
            .unwrap();
        assert_eq!(stored, "shared");
        let version: u32 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
    }
}
