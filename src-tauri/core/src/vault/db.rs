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
    include_str!("schema_hash_service_pin.sql"),
    include_str!("schema_url_removed.sql"),
    include_str!("schema_time_stamps.sql"),
    include_str!("schema_unlock_mirror.sql"),
    include_str!("schema_situations.sql"),
    include_str!("schema_image_features.sql"),
    include_str!("schema_request_languages.sql"),
    include_str!("schema_host_lookups.sql"),
    include_str!("schema_evidence_platform.sql"),
    include_str!("schema_record_removals.sql"),
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
    apply_key(&conn, key)?;
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

/// The raw-key form SQLCipher takes (`x'<64 hex digits>'`), in a buffer
/// that is wiped when dropped.
fn raw_key_text(key: &Zeroizing<[u8; 32]>) -> Zeroizing<Vec<u8>> {
    let mut text = Zeroizing::new(Vec::with_capacity(67));
    text.extend_from_slice(b"x'");
    let mut hex_digits = Zeroizing::new([0u8; 64]);
    hex::encode_to_slice(key.as_slice(), hex_digits.as_mut()).expect("64 hex digits hold 32 bytes");
    text.extend_from_slice(hex_digits.as_ref());
    text.push(b'\'');
    text
}

/// Gives SQLCipher the raw key of an open connection through the C API
/// (`sqlite3_key`), never as SQL text: SQLite copies statement text into
/// buffers it frees without wiping. Also turns on `cipher_memory_security`,
/// so SQLCipher wipes the memory it frees (keys, decrypted pages).
pub(crate) fn apply_key(conn: &Connection, key: &Zeroizing<[u8; 32]>) -> CoreResult<()> {
    conn.execute_batch("PRAGMA cipher_memory_security = ON;")?;
    call_with_key(conn, key, KeyCall::Key)
}

/// Re-encrypts the whole database under `key` (`sqlite3_rekey`).
pub(crate) fn rekey(conn: &Connection, key: &Zeroizing<[u8; 32]>) -> CoreResult<()> {
    call_with_key(conn, key, KeyCall::Rekey)
}

enum KeyCall {
    Key,
    Rekey,
}

#[allow(unsafe_code)]
fn call_with_key(conn: &Connection, key: &Zeroizing<[u8; 32]>, call: KeyCall) -> CoreResult<()> {
    let text = raw_key_text(key);
    let len = text.len() as std::ffi::c_int;
    // SAFETY: the handle belongs to `conn`, which outlives the call and is not
    // used from another thread meanwhile (`Connection` is not `Sync`); the key
    // pointer and length describe `text`, alive until the end of this function.
    // SQLCipher copies the key into memory it wipes itself.
    let rc = unsafe {
        let db = conn.handle();
        match call {
            KeyCall::Key => rusqlite::ffi::sqlite3_key(db, text.as_ptr().cast(), len),
            KeyCall::Rekey => rusqlite::ffi::sqlite3_rekey(db, text.as_ptr().cast(), len),
        }
    };
    if rc != rusqlite::ffi::SQLITE_OK {
        return Err(rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rc), None).into());
    }
    Ok(())
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

/// `PRAGMA cipher_integrity_check`: pages whose authentication code fails
/// (a flipped bit anywhere in the file).
pub(crate) fn page_problems(conn: &Connection) -> CoreResult<Vec<String>> {
    let mut stmt = conn.prepare("PRAGMA cipher_integrity_check")?;
    let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.collect::<Result<Vec<_>, _>>()?)
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
