//! The append-only custody log: each entry carries the SHA-256 of the one
//! before, so any edit, deletion or reordering breaks the chain.
//!
//! Triggers in the schema refuse UPDATE and DELETE; `verify_chain` catches
//! changes made around them (e.g. by someone holding the key and a SQL shell).

use rusqlite::{params, Connection};

use super::fsutil::now_utc;
use super::model::CustodyEntry;
use crate::{CoreError, CoreResult};

pub use crate::model::custody::{entry_hash, CUSTODY_GENESIS as GENESIS};

/// Appends an entry (call inside the transaction that makes the change).
pub(crate) fn append(
    conn: &Connection,
    action: &str,
    subject: &str,
    details: &serde_json::Value,
) -> CoreResult<CustodyEntry> {
    let (last_seq, prev_hash): (i64, String) = conn
        .query_row(
            "SELECT seq, hash FROM custody ORDER BY seq DESC LIMIT 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok((0, GENESIS.to_owned())),
            other => Err(other),
        })?;
    let entry = CustodyEntry::chained(
        last_seq + 1,
        &now_utc(),
        action,
        subject,
        &details.to_string(),
        &prev_hash,
    );
    insert(conn, &entry)?;
    Ok(entry)
}

/// Inserts an entry as is (append and import).
pub(crate) fn insert(conn: &Connection, e: &CustodyEntry) -> CoreResult<()> {
    conn.execute(
        "INSERT INTO custody (seq, at, action, subject, details, prev_hash, hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![e.seq, e.at, e.action, e.subject, e.details, e.prev_hash, e.hash],
    )?;
    Ok(())
}

pub(crate) fn entries(conn: &Connection) -> CoreResult<Vec<CustodyEntry>> {
    let mut stmt = conn.prepare(
        "SELECT seq, at, action, subject, details, prev_hash, hash FROM custody ORDER BY seq",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(CustodyEntry {
            seq: r.get(0)?,
            at: r.get(1)?,
            action: r.get(2)?,
            subject: r.get(3)?,
            details: r.get(4)?,
            prev_hash: r.get(5)?,
            hash: r.get(6)?,
        })
    })?;
    rows.collect::<Result<_, _>>().map_err(CoreError::from)
}

/// Checks a custody log (see [`crate::model::custody::verify_chain`]);
/// returns the problems found, in words.
pub fn verify_chain(entries: &[CustodyEntry]) -> Vec<String> {
    crate::model::custody::verify_chain(entries)
        .into_iter()
        .map(|b| format!("custody {}", b.message))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chain(n: usize) -> Vec<CustodyEntry> {
        let mut out: Vec<CustodyEntry> = Vec::new();
        for i in 0..n {
            let prev = out
                .last()
                .map(|e| e.hash.clone())
                .unwrap_or_else(|| GENESIS.to_owned());
            out.push(CustodyEntry::chained(
                i as i64 + 1,
                &format!("2026-11-23T10:00:0{i}Z"),
                "url_added",
                &format!("url:{i}"),
                "{}",
                &prev,
            ));
        }
        out
    }

    #[test]
    fn vault_custody_chain_detects_edit_delete_and_reorder() {
        let good = chain(4);
        assert!(verify_chain(&good).is_empty());

        let mut edited = good.clone();
        edited[1].subject = "url:99".to_owned();
        assert!(!verify_chain(&edited).is_empty());

        let mut deleted = good.clone();
        deleted.remove(2);
        assert!(!verify_chain(&deleted).is_empty());

        let mut swapped = good.clone();
        swapped.swap(1, 2);
        assert!(!verify_chain(&swapped).is_empty());

        // Rewriting one entry's hash too still breaks the next link.
        let mut rehashed = good.clone();
        rehashed[1].subject = "url:99".to_owned();
        let e = &rehashed[1];
        rehashed[1].hash = entry_hash(
            e.seq,
            &e.at,
            &e.action,
            &e.subject,
            &e.details,
            &e.prev_hash,
        );
        assert!(!verify_chain(&rehashed).is_empty());
    }
}
