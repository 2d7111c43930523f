//! Issue 18, item 8: key material does not linger in memory SQLite frees.

use std::sync::{Arc, Mutex};

use rusqlite::trace::{TraceEvent, TraceEventCodes};
use rusqlite::{Connection, OpenFlags};
use zeroize::Zeroizing;

use super::db;
use super::tests::{fast, new_case};
use super::*;

/// The key reaches SQLCipher through `sqlite3_key`, never as SQL text, which
/// SQLite copies into statements it frees without wiping. A trace callback
/// sees every SQL text the connection is given.
#[test]
fn vault_the_database_key_is_never_sql_text() {
    let dir = tempfile::tempdir().unwrap();
    let key = Zeroizing::new([0x5Au8; 32]);
    let key_hex = hex::encode(key.as_slice());
    let mut conn = Connection::open_with_flags(
        dir.path().join("traced.db"),
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE,
    )
    .unwrap();
    let seen = Arc::new(Mutex::new(Vec::<String>::new()));
    let sink = Arc::clone(&seen);
    conn.trace_v2(
        TraceEventCodes::SQLITE_TRACE_STMT,
        Some(move |event: TraceEvent<'_>| {
            if let TraceEvent::Stmt(_, sql) = event {
                sink.lock().unwrap().push(sql.to_owned());
            }
        }),
    )
    .unwrap();
    db::apply_key(&conn, &key).unwrap();
    conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);")
        .unwrap();
    let seen = seen.lock().unwrap();
    assert!(
        seen.iter().any(|sql| sql.contains("CREATE TABLE")),
        "the trace saw nothing: {seen:?}"
    );
    for sql in seen.iter() {
        assert!(
            !sql.to_lowercase().contains(&key_hex) && !sql.to_lowercase().contains("pragma key"),
            "key material went through SQL text: {sql}"
        );
    }
    drop(seen);
    drop(conn);
    // And the key still works: the file opens with it and not without it.
    let conn = Connection::open(dir.path().join("traced.db")).unwrap();
    db::apply_key(&conn, &key).unwrap();
    let n: i64 = conn.query_row("SELECT x FROM t", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
    let plain = Connection::open(dir.path().join("traced.db")).unwrap();
    assert!(plain
        .query_row("SELECT x FROM t", [], |r| r.get::<_, i64>(0))
        .is_err());
}

/// SQLCipher wipes the memory it frees (keys, decrypted pages) only with
/// `cipher_memory_security` on; it is off by default since SQLCipher 4.5.
#[test]
fn vault_an_open_case_wipes_the_memory_sqlcipher_frees() {
    let dir = tempfile::tempdir().unwrap();
    let vault = Vault::without_keyring(dir.path());
    let case = vault
        .create_case(&new_case("memory"), fast("correct horse battery"))
        .unwrap();
    let on: String = case
        .conn
        .query_row("PRAGMA cipher_memory_security", [], |r| r.get(0))
        .unwrap();
    assert_eq!(on, "1", "cipher_memory_security is {on}");
}
